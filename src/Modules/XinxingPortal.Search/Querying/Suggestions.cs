using Lucene.Net.Analysis;
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
            if ((Closest(IndexFields.Title, whole) ?? Closest(IndexFields.Body, whole)) is { } better && better != whole)
            {
                return better;
            }
        }

        var changed = false;
        var suggestion = query;
        foreach (var word in CultureAnalyzers.Words(analyzer, IndexFields.Body, query).Distinct(StringComparer.Ordinal))
        {
            if (word.Length < 2 || reader.DocFreq(new Term(IndexFields.Body, word)) > 0 || reader.DocFreq(new Term(IndexFields.Title, word)) > 0)
            {
                continue;
            }

            var better = Closest(IndexFields.Title, word) ?? Closest(IndexFields.Body, word);
            if (better is not null && suggestion.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                suggestion = suggestion.Replace(word, better, StringComparison.OrdinalIgnoreCase);
                changed = true;
            }
        }

        return changed ? suggestion : null;
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
            if (distance <= allowed && (distance < bestDistance || distance == bestDistance && frequency > bestFrequency))
            {
                (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
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
