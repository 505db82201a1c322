using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Util;
using XinxingPortal.Search.Engine;

namespace XinxingPortal.Search.Querying;

/// <summary>
/// "您是不是要找": for each word of a query the index does not hold, the most common word of the index's titles (then
/// bodies) one edit away (科谱 → 科普; two for longer Latin words), put back in the query's place.
/// </summary>
internal sealed class Suggestions(IndexReader reader, Analyzer analyzer)
{
    private const int MaxTermsRead = 200_000;

    public string? For(string query)
    {
        // A short run without spaces is most likely one mistyped word (煤焦由 for 煤焦油): try it whole first.
        if (query.Length is >= 2 and <= 8 && !query.Contains(' ', StringComparison.Ordinal))
        {
            var whole = TextFolding.Fold(query).ToLowerInvariant();
            if ((Readable(IndexFields.Title, Closest(IndexFields.Title, whole)) ?? Readable(IndexFields.Body, Closest(IndexFields.Body, whole))) is { } better
                && better != whole)
            {
                return better;
            }
        }

        // Each unknown word is replaced where the reader typed it (by its offsets), so a stemmed form never leaks in.
        var suggestion = new System.Text.StringBuilder();
        var copied = 0;
        foreach (var (word, start, end) in Words(query))
        {
            if (word.Length < 2 || start < copied || reader.DocFreq(new Term(IndexFields.Body, word)) > 0 || reader.DocFreq(new Term(IndexFields.Title, word)) > 0)
            {
                continue;
            }

            var better = Readable(IndexFields.Title, Closest(IndexFields.Title, word)) ?? Readable(IndexFields.Body, Closest(IndexFields.Body, word));
            if (better is not null)
            {
                suggestion.Append(query, copied, start - copied).Append(better);
                copied = end;
            }
        }

        return copied == 0 ? null : suggestion.Append(query, copied, query.Length - copied).ToString();
    }

    private List<(string Word, int Start, int End)> Words(string text)
    {
        var words = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream(IndexFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 && offsets.EndOffset <= text.Length)
            {
                words.Add((term.ToString(), offsets.StartOffset, offsets.EndOffset));
            }
        }

        stream.End();
        return words;
    }

    /// <summary>
    /// The word as a reader writes it: English terms are stemmed in the index (science → scienc), so the suggestion
    /// is read back from the stored text of a document that holds the term.
    /// </summary>
    private string? Readable(string field, string? term)
    {
        if (term is null || term.Any(TextFolding.IsHan))
        {
            return term;
        }

        var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), field, new BytesRef(term));
        if (docs is null || docs.NextDoc() == Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS || reader.Document(docs.DocID).Get(field) is not { } text)
        {
            return term;
        }

        using var stream = analyzer.GetTokenStream(field, text);
        var chars = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        string? found = null;
        while (found is null && stream.IncrementToken())
        {
            if (chars.ToString() == term && offsets.EndOffset <= text.Length)
            {
                found = text[offsets.StartOffset..offsets.EndOffset].ToLowerInvariant();
            }
        }

        stream.End();
        return found ?? term;
    }

    private string? Closest(string field, string word)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return null;
        }

        var allowed = word.Length > 4 && !TextFolding.IsHan(word[0]) ? 2 : 1;
        string? best = null;
        var bestFrequency = 0;
        var bestDistance = int.MaxValue;
        var bestStretch = int.MaxValue;
        var enumerator = terms.GetEnumerator();
        var read = 0;
        while (enumerator.MoveNext() && read++ < MaxTermsRead)
        {
            var candidate = enumerator.Term.Utf8ToString();
            if (Math.Abs(candidate.Length - word.Length) > allowed || candidate.Length < 2)
            {
                continue;
            }

            var distance = Distance(word, candidate, allowed);
            var frequency = enumerator.DocFreq;
            // At the same distance a word of the typed length comes first: a mistyped character (媒焦油) means the
            // word with the right one (煤焦油), not a piece of it (焦油), which the index holds at least as often.
            var stretch = Math.Abs(candidate.Length - word.Length);
            if (distance <= allowed && (distance, stretch, -frequency).CompareTo((bestDistance, bestStretch, -bestFrequency)) < 0)
            {
                (best, bestDistance, bestStretch, bestFrequency) = (candidate, distance, stretch, frequency);
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance, giving up (returning more than <paramref name="limit"/>) as soon as it exceeds it.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowBest = Math.Min(rowBest, current[j]);
            }

            if (rowBest > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
