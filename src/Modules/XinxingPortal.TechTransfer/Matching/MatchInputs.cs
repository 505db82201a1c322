using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Matching;

/// <summary>The engine's view of the stored listings; callers load them, the engine never touches the database.</summary>
internal static class MatchInputs
{
    public static MatchDemand ForMatching(this Demand demand) =>
        new(demand.Title, demand.Description, demand.Field, demand.RequiredTrl, demand.Modes, demand.BudgetMinYuan, demand.BudgetMaxYuan);

    public static MatchCandidate ForMatching(this Outcome outcome) =>
        new(outcome.Id, outcome.Title, outcome.Keywords, outcome.Summary, outcome.Indicators, outcome.Field, outcome.Trl, outcome.Modes, outcome.PriceYuan);
}
