namespace XinxingPortal.TechTransfer.Matching;

/// <summary>
/// Every number the score is made of, in one place. The shared words dominate: a candidate that covers all of the
/// demand's (IDF-weighted) words earns <see cref="Terms"/>; the other reasons nudge the order between candidates
/// that say similar things. Tuned on the tuning demands of the unit tests' fixture only.
/// </summary>
internal static class MatchWeights
{
    /// <summary>Points for covering every word of the demand; a share of the demand's word weight earns that share.</summary>
    public const double Terms = 100;

    public const double SameField = 10;
    public const double TrlMeetsNeed = 5;

    /// <summary>Subtracted for each TRL level the candidate lacks.</summary>
    public const double TrlShortPerLevel = 5;

    public const double SharedModes = 5;
    public const double PriceWithinBudget = 5;
    public const double OverBudget = 10;

    /// <summary>
    /// Shared words count as common ground on their own when they weigh at least this much in IDF: one uncommon
    /// word (煤焦油 ≈ 9.7, 棉花 ≈ 6.7), not one everyday word (系统 ≈ 5.0)…
    /// </summary>
    public const double MeaningfulTermWeight = 6;

    /// <summary>
    /// …and the share of the demand's word weight it must carry, so one everyday word (回收, 清洗) shared with a long
    /// demand is not enough: 0.12 gives 12 points of <see cref="Terms"/>.
    /// </summary>
    public const double MeaningfulTermShare = 0.12;

    public const int DefaultTake = 10;
}
