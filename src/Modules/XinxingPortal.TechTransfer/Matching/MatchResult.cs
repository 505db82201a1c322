using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Matching;

/// <summary>One ranked candidate: its id, its score (see <see cref="MatchWeights"/>) and why it was chosen.</summary>
internal sealed record MatchResult(string CandidateId, double Score, MatchReasons Reasons);

/// <summary>
/// The reasons behind a score, to show beside the match.
/// <paramref name="SharedTerms"/>: the words both texts use, the most telling first.
/// <paramref name="TrlMeetsNeed"/>: null when the demand needs no particular maturity or the candidate has none.
/// <paramref name="PriceWithinBudget"/>: null when either side is 面议.
/// </summary>
internal sealed record MatchReasons(
    IReadOnlyList<string> SharedTerms,
    bool SameField,
    bool? TrlMeetsNeed,
    CooperationModes SharedModes,
    bool? PriceWithinBudget);
