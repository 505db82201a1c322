using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Matching;

/// <summary>
/// What a demand asks for, as the engine sees it. <paramref name="RequiredTrl"/> null: any maturity will do.
/// Both budget bounds null: 面议; only a minimum: no upper limit.
/// </summary>
internal sealed record MatchDemand(
    string Title,
    string Description,
    TechField Field,
    int? RequiredTrl,
    CooperationModes Modes,
    long? BudgetMinYuan,
    long? BudgetMaxYuan);
