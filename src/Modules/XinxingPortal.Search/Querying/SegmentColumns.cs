using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using XinxingPortal.Search.Engine;

namespace XinxingPortal.Search.Querying;

/// <summary>
/// What a query reads for every match, held as plain arrays per segment: the date, its day number for the recency
/// lift, the last day shown, and each facet's value number. A segment never changes once written, so the arrays are
/// made once per segment (kept while Lucene keeps the segment) instead of decoding doc values for every match of
/// every query; a common word matches most of the index, and that decoding was a large part of the answer's time.
/// </summary>
internal sealed class SegmentColumns
{
    private static readonly ConditionalWeakTable<object, SegmentColumns> Cache = [];

    private SegmentColumns(AtomicReader reader)
    {
        var count = reader.MaxDoc;
        Dates = new int[count];
        Days = new int[count];
        if (reader.GetNumericDocValues(IndexFields.Date) is { } dates)
        {
            for (var doc = 0; doc < count; doc++)
            {
                Dates[doc] = (int)dates.Get(doc);
                Days[doc] = Ranking.DayNumber(Dates[doc]);
            }
        }

        Until = ReadUntil(reader, count);
        Ords = new int[IndexFields.Facets.Count][];
        Values = new string[IndexFields.Facets.Count][];
        for (var i = 0; i < IndexFields.Facets.Count; i++)
        {
            var ords = new int[count];
            var values = reader.GetSortedDocValues(IndexFields.Facets[i]);
            for (var doc = 0; doc < count; doc++)
            {
                ords[doc] = values?.GetOrd(doc) ?? -1;
            }

            var text = new BytesRef();
            var names = new string[values?.ValueCount ?? 0];
            for (var ord = 0; ord < names.Length; ord++)
            {
                values!.LookupOrd(ord, text);
                names[ord] = text.Utf8ToString();
            }

            Ords[i] = ords;
            Values[i] = names;
        }
    }

    /// <summary>yyyyMMdd, 0 when the item has no date.</summary>
    public int[] Dates { get; }

    /// <summary>The date as <see cref="DateOnly.DayNumber"/>, <see cref="Ranking.NoDay"/> when the item has no date.</summary>
    public int[] Days { get; }

    /// <summary>The last day the item is shown (yyyyMMdd), 0 when unknown (never shown, as the range filter did).</summary>
    public int[] Until { get; }

    /// <summary>Per facet (in <see cref="IndexFields.Facets"/> order), each document's value number, -1 for none.</summary>
    public int[][] Ords { get; }

    /// <summary>Per facet, the text of each value number.</summary>
    public string[][] Values { get; }

    public static SegmentColumns Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentColumns(reader));

    /// <summary>The until field is indexed for range queries only (no doc values): read its full-precision terms once.</summary>
    private static int[] ReadUntil(AtomicReader reader, int count)
    {
        var until = new int[count];
        if (reader.GetTerms(IndexFields.Until) is not { } terms)
        {
            return until;
        }

        var values = NumericUtils.FilterPrefixCodedInt32s(terms.GetEnumerator());
        DocsEnum? docs = null;
        while (values.MoveNext())
        {
            var value = NumericUtils.PrefixCodedToInt32(values.Term);
            docs = values.Docs(null, docs, DocsFlags.NONE);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                until[doc] = value;
            }
        }

        return until;
    }
}
