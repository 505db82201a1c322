using System.Collections.Concurrent;

namespace XinxingPortal.TechTransfer.Matching;

/// <summary>
/// Remembers each candidate's words, so ranking a demand against thousands of outcomes cuts only the demand's text.
/// Keyed by candidate id and checked against the texts it was cut from: an edited candidate is cut again, and two
/// tenants' candidates with the same id never get each other's words. When full it starts over, which is simple and
/// costs one slow ranking.
/// </summary>
internal sealed class CandidateTerms(TermExtractor extractor, int capacity = 50_000)
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public string[] Of(MatchCandidate candidate)
    {
        if (entries.TryGetValue(candidate.Id, out var known) && known.Describes(candidate))
        {
            return known.Terms;
        }

        var terms = new HashSet<string>(StringComparer.Ordinal);
        extractor.AddTerms(candidate.Title, terms);
        foreach (var keyword in candidate.Keywords)
        {
            extractor.AddTerms(keyword, terms);
        }

        extractor.AddTerms(candidate.Summary, terms);
        extractor.AddTerms(candidate.Indicators, terms);
        if (entries.Count >= capacity)
        {
            entries.Clear();
        }

        var entry = new Entry(candidate.Title, [.. candidate.Keywords], candidate.Summary, candidate.Indicators, [.. terms]);
        entries[candidate.Id] = entry;
        return entry.Terms;
    }

    private sealed record Entry(string Title, string[] Keywords, string Summary, string Indicators, string[] Terms)
    {
        public bool Describes(MatchCandidate c) =>
            string.Equals(Title, c.Title, StringComparison.Ordinal) && string.Equals(Summary, c.Summary, StringComparison.Ordinal)
            && string.Equals(Indicators, c.Indicators, StringComparison.Ordinal) && SameKeywords(c.Keywords);

        private bool SameKeywords(IReadOnlyList<string> keywords)
        {
            if (keywords.Count != Keywords.Length)
            {
                return false;
            }

            for (var i = 0; i < Keywords.Length; i++)
            {
                if (!string.Equals(Keywords[i], keywords[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
