using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Matching;

/// <summary>
/// Ranks candidates (outcomes, later instruments) for a demand, with the reasons shown. Pure: no database, no clock;
/// the caller passes what may be matched (published, still valid). A candidate is returned only when it shares at
/// least one word with the demand, and either those words are meaningful or it is in the same field and has one more
/// reason (TRL, 合作方式, price) to recommend it: field, TRL and mode alone are no match. Scores are documented in <see cref="MatchWeights"/>.
/// </summary>
internal sealed class MatchEngine(TermExtractor extractor)
{
    private readonly CandidateTerms candidateTerms = new(extractor);

    public IReadOnlyList<MatchResult> Rank(MatchDemand demand, IEnumerable<MatchCandidate> candidates, int take = MatchWeights.DefaultTake)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        var wanted = DemandTerms.Of(demand, extractor);
        var results = new List<MatchResult>();
        foreach (var candidate in candidates)
        {
            if (Evaluate(wanted, demand, candidate) is { } result)
            {
                results.Add(result);
            }
        }

        results.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.CandidateId, b.CandidateId));
        return results.Count > take ? results.GetRange(0, take) : results;
    }

    /// <summary>One pair: the result, or null when the candidate is not a match (e.g. before sending a 匹配 notice).</summary>
    public MatchResult? Evaluate(MatchDemand demand, MatchCandidate candidate) => Evaluate(DemandTerms.Of(demand, extractor), demand, candidate);

    private MatchResult? Evaluate(DemandTerms wanted, MatchDemand demand, MatchCandidate candidate)
    {
        List<(string Term, double Weight)>? shared = null;
        var sharedWeight = 0.0;
        foreach (var term in candidateTerms.Of(candidate))
        {
            if (wanted.Weights.TryGetValue(term, out var weight))
            {
                (shared ??= []).Add((term, weight));
                sharedWeight += weight;
            }
        }

        var sameField = candidate.Field == demand.Field;
        var trlMeetsNeed = demand.RequiredTrl is { } need && candidate.Trl is { } have ? have >= need : (bool?)null;
        var sharedModes = demand.Modes & candidate.Modes;
        var priceWithinBudget = PriceWithinBudget(demand, candidate.PriceYuan);
        var anotherReason = trlMeetsNeed == true || sharedModes != CooperationModes.None || priceWithinBudget == true;
        var share = sharedWeight / wanted.TotalWeight;
        var commonGround = sharedWeight >= MatchWeights.MeaningfulTermWeight && share >= MatchWeights.MeaningfulTermShare;
        if (shared is null || (!commonGround && !(sameField && anotherReason)))
        {
            return null;
        }

        var score = MatchWeights.Terms * share;
        score += sameField ? MatchWeights.SameField : 0;
        score += trlMeetsNeed switch
        {
            true => MatchWeights.TrlMeetsNeed,
            false => -MatchWeights.TrlShortPerLevel * (demand.RequiredTrl!.Value - candidate.Trl!.Value),
            null => 0,
        };
        score += sharedModes != CooperationModes.None ? MatchWeights.SharedModes : 0;
        score += priceWithinBudget switch { true => MatchWeights.PriceWithinBudget, false => -MatchWeights.OverBudget, null => 0 };

        var terms = shared is null ? [] : shared.OrderByDescending(s => s.Weight).ThenBy(s => s.Term, StringComparer.Ordinal).Select(s => s.Term).ToArray();
        return new MatchResult(candidate.Id, Math.Round(score, 2), new MatchReasons(terms, sameField, trlMeetsNeed, sharedModes, priceWithinBudget));
    }

    /// <summary>Null when either side is 面议; a price at or under the budget's maximum fits, a minimum alone sets no limit.</summary>
    internal static bool? PriceWithinBudget(MatchDemand demand, long? priceYuan)
    {
        if (priceYuan is not { } price || (demand.BudgetMinYuan is null && demand.BudgetMaxYuan is null))
        {
            return null;
        }

        return demand.BudgetMaxYuan is not { } max || price <= max;
    }

    /// <summary>The demand's words with their weights, cut once per ranking.</summary>
    private sealed record DemandTerms(Dictionary<string, double> Weights, double TotalWeight)
    {
        public static DemandTerms Of(MatchDemand demand, TermExtractor extractor)
        {
            var terms = new HashSet<string>(StringComparer.Ordinal);
            extractor.AddTerms(demand.Title, terms);
            extractor.AddTerms(demand.Description, terms);
            var weights = terms.ToDictionary(t => t, extractor.Weight, StringComparer.Ordinal);
            // A demand with no words at all can still match on field; avoid dividing by zero.
            return new DemandTerms(weights, Math.Max(weights.Values.Sum(), 1));
        }
    }
}
