using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace XinxingPortal.Search.Querying;

/// <summary>
/// Collects every match with its score and date, and counts the facets on the way, by ordinal per segment so a
/// value's text is read once per segment rather than once per match.
/// </summary>
internal sealed class HitCollector(IReadOnlyList<string> facetFields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> counts = facetFields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly SortedDocValues?[] values = new SortedDocValues?[facetFields.Count];
    private readonly int[]?[] segmentCounts = new int[facetFields.Count][];
    private Scorer? scorer;
    private NumericDocValues? dates;
    private int docBase;

    public List<Hit> Hits { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        docBase = context.DocBase;
        dates = context.AtomicReader.GetNumericDocValues(Engine.IndexFields.Date);
        for (var i = 0; i < facetFields.Count; i++)
        {
            values[i] = context.AtomicReader.GetSortedDocValues(facetFields[i]);
            segmentCounts[i] = values[i] is { } v ? new int[v.ValueCount] : null;
        }
    }

    public void Collect(int doc)
    {
        Hits.Add(new Hit(docBase + doc, scorer!.GetScore(), (int)(dates?.Get(doc) ?? 0)));
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } v && v.GetOrd(doc) is var ord and >= 0)
            {
                segmentCounts[i]![ord]++;
            }
        }
    }

    /// <summary>The counts of each facet's values over every match.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts()
    {
        Flush();
        return counts;
    }

    private void Flush()
    {
        var text = new BytesRef();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } v || segmentCounts[i] is not { } c)
            {
                continue;
            }

            for (var ord = 0; ord < c.Length; ord++)
            {
                if (c[ord] > 0)
                {
                    v.LookupOrd(ord, text);
                    var key = text.Utf8ToString();
                    counts[facetFields[i]][key] = counts[facetFields[i]].GetValueOrDefault(key) + c[ord];
                }
            }

            segmentCounts[i] = null;
        }
    }

    internal readonly record struct Hit(int Doc, float Score, int Date);
}
