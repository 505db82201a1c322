using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Matching;

namespace XinxingPortal.UnitTests.TechTransfer;

public sealed class MatchInputsTests
{
    [Fact]
    public void A_stored_demand_and_outcome_match_as_their_fields_say()
    {
        var demand = new Demand
        {
            Id = "d1", Title = "焦炉煤气制天然气", Description = "富余焦炉煤气甲烷化", Field = TechField.CoalChemical, RequiredTrl = 6,
            Modes = CooperationModes.Licence, BudgetMinYuan = null, BudgetMaxYuan = 9_000_000,
        };
        var outcome = new Outcome
        {
            Id = "o1", Title = "焦炉煤气甲烷化制LNG", Keywords = ["甲烷化"], Summary = "耐硫甲烷化催化剂", Indicators = "CO转化率≥99%",
            Field = TechField.CoalChemical, Trl = 7, Modes = CooperationModes.Licence | CooperationModes.Transfer, PriceYuan = 8_000_000,
        };

        var result = new MatchEngine(new TermExtractor()).Evaluate(demand.ForMatching(), outcome.ForMatching());

        Assert.NotNull(result);
        Assert.Equal("o1", result.CandidateId);
        Assert.Contains("甲烷化", result.Reasons.SharedTerms);
        Assert.Equal(new MatchReasons(result.Reasons.SharedTerms, true, true, CooperationModes.Licence, true), result.Reasons);
    }
}
