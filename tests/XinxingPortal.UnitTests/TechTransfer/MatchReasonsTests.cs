using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Matching;

namespace XinxingPortal.UnitTests.TechTransfer;

/// <summary>Each reason on its own, with one demand and one candidate that differ only in what is tested.</summary>
public sealed class MatchReasonsTests
{
    private static readonly TermExtractor Extractor = new();
    private static readonly MatchEngine Engine = new(Extractor);

    private static readonly MatchDemand Demand = new(
        "煤焦油加氢", "需要煤焦油全馏分加氢技术", TechField.CoalChemical, RequiredTrl: 7,
        CooperationModes.Transfer | CooperationModes.Joint, BudgetMinYuan: 1_000_000, BudgetMaxYuan: 5_000_000);

    private static readonly MatchCandidate Candidate = new(
        "c1", "煤焦油全馏分加氢", ["煤焦油"], "中低温煤焦油加氢生产清洁燃料油", "", TechField.CoalChemical, Trl: 8,
        CooperationModes.Joint | CooperationModes.Licence, PriceYuan: 3_000_000);

    [Fact]
    public void A_matching_candidate_shows_every_reason()
    {
        var result = Evaluate(Demand, Candidate);

        Assert.Equal("c1", result.CandidateId);
        Assert.Contains("煤焦油", result.Reasons.SharedTerms);
        Assert.Contains("加氢", result.Reasons.SharedTerms);
        Assert.True(result.Reasons.SameField);
        Assert.True(result.Reasons.TrlMeetsNeed);
        Assert.Equal(CooperationModes.Joint, result.Reasons.SharedModes);
        Assert.True(result.Reasons.PriceWithinBudget);
    }

    [Fact]
    public void Shared_terms_come_rarest_first()
    {
        var terms = Evaluate(Demand, Candidate).Reasons.SharedTerms;

        Assert.Equal(terms.OrderByDescending(Extractor.Weight), terms);
    }

    [Fact]
    public void A_TRL_below_the_need_subtracts_more_the_further_below()
    {
        var met = Evaluate(Demand, Candidate);
        var oneShort = Evaluate(Demand, Candidate with { Trl = 6 });
        var threeShort = Evaluate(Demand, Candidate with { Trl = 4 });

        Assert.False(oneShort.Reasons.TrlMeetsNeed);
        Assert.Equal(MatchWeights.TrlMeetsNeed + MatchWeights.TrlShortPerLevel, met.Score - oneShort.Score, 6);
        Assert.Equal(2 * MatchWeights.TrlShortPerLevel, oneShort.Score - threeShort.Score, 6);
    }

    [Fact]
    public void TRL_is_no_reason_when_the_demand_needs_none_or_the_candidate_has_none()
    {
        Assert.Null(Evaluate(Demand with { RequiredTrl = null }, Candidate).Reasons.TrlMeetsNeed);
        Assert.Null(Evaluate(Demand, Candidate with { Trl = null }).Reasons.TrlMeetsNeed);
    }

    [Fact]
    public void A_price_over_the_budget_subtracts()
    {
        var within = Evaluate(Demand, Candidate);
        var over = Evaluate(Demand, Candidate with { PriceYuan = 5_000_001 });
        var negotiable = Evaluate(Demand, Candidate with { PriceYuan = null });

        Assert.False(over.Reasons.PriceWithinBudget);
        Assert.Equal(MatchWeights.OverBudget, negotiable.Score - over.Score, 6);
        Assert.Equal(MatchWeights.PriceWithinBudget, within.Score - negotiable.Score, 6);
    }

    [Fact]
    public void Price_fit_is_null_when_either_side_is_negotiable()
    {
        Assert.Null(Evaluate(Demand, Candidate with { PriceYuan = null }).Reasons.PriceWithinBudget);
        Assert.Null(Evaluate(Demand with { BudgetMinYuan = null, BudgetMaxYuan = null }, Candidate).Reasons.PriceWithinBudget);
    }

    [Theory]
    [InlineData(5_000_000L, true)]   // the maximum itself fits
    [InlineData(100_000L, true)]     // cheaper than the minimum is still affordable
    [InlineData(5_000_001L, false)]
    public void A_price_fits_up_to_the_budget_maximum(long price, bool fits) =>
        Assert.Equal(fits, Evaluate(Demand, Candidate with { PriceYuan = price }).Reasons.PriceWithinBudget);

    [Fact]
    public void A_budget_with_only_a_minimum_has_no_upper_limit() =>
        Assert.True(Evaluate(Demand with { BudgetMaxYuan = null }, Candidate with { PriceYuan = 90_000_000 }).Reasons.PriceWithinBudget);

    [Fact]
    public void Cooperation_modes_intersect_and_sharing_one_adds()
    {
        var none = Evaluate(Demand, Candidate with { Modes = CooperationModes.Licence | CooperationModes.Equity });
        var both = Evaluate(Demand, Candidate with { Modes = CooperationModes.Transfer | CooperationModes.Joint | CooperationModes.Other });

        Assert.Equal(CooperationModes.None, none.Reasons.SharedModes);
        Assert.Equal(CooperationModes.Transfer | CooperationModes.Joint, both.Reasons.SharedModes);
        Assert.Equal(MatchWeights.SharedModes, both.Score - none.Score, 6);
    }

    [Fact]
    public void The_same_field_adds()
    {
        var other = Evaluate(Demand, Candidate with { Field = TechField.Ecology });

        Assert.False(other.Reasons.SameField);
        Assert.Equal(MatchWeights.SameField, Evaluate(Demand, Candidate).Score - other.Score, 6);
    }

    [Fact]
    public void More_of_the_demand_s_words_score_higher()
    {
        var partial = Evaluate(Demand, Candidate with { Title = "加氢", Keywords = [], Summary = "加氢精制催化剂" });

        Assert.True(Evaluate(Demand, Candidate).Score > partial.Score + 20);
    }

    [Fact]
    public void Same_field_with_another_reason_is_no_match_without_a_shared_word()
    {
        var unrelatedText = Candidate with { Title = "荒漠绿化", Keywords = [], Summary = "梭梭种植" };

        Assert.Null(Engine.Evaluate(Demand, unrelatedText));
    }

    [Fact]
    public void Without_shared_words_the_same_field_alone_is_not_enough()
    {
        var bare = Candidate with { Title = "荒漠绿化", Keywords = [], Summary = "梭梭种植", Trl = 3, Modes = CooperationModes.Other, PriceYuan = null };

        Assert.Null(Engine.Evaluate(Demand, bare));
    }

    [Fact]
    public void A_candidate_in_another_field_without_shared_words_is_not_returned()
    {
        var unrelated = Candidate with { Title = "包虫病快速检测试剂盒", Keywords = ["包虫病"], Summary = "胶体金免疫层析", Field = TechField.Health };

        Assert.Null(Engine.Evaluate(Demand, unrelated));
        Assert.Empty(Engine.Rank(Demand, [unrelated]));
    }

    [Fact]
    public void Sharing_one_everyday_word_is_not_common_ground()
    {
        var everyday = Candidate with { Title = "废旧地膜 回收 机械", Keywords = [], Summary = "棉田地膜捡拾打包", Field = TechField.Equipment };
        var demand = Demand with { Description = "需要煤焦油全馏分加氢技术，提高轻质油收率，减少催化剂结焦，副产氢气回收" };

        Assert.Equal(["回收"], Extractor.Terms("废旧地膜 回收 机械 棉田地膜捡拾打包").Intersect(Extractor.Terms(demand.Title + demand.Description)));
        Assert.Null(Engine.Evaluate(demand, everyday));
    }

    [Fact]
    public void An_edited_candidate_is_matched_on_its_new_text()
    {
        var engine = new MatchEngine(new TermExtractor());
        Assert.NotNull(engine.Evaluate(Demand, Candidate with { Id = "edited", Field = TechField.Health }));

        var edited = Candidate with { Id = "edited", Field = TechField.Health, Title = "包虫病检测", Keywords = [], Summary = "免疫层析试纸" };

        Assert.Null(engine.Evaluate(Demand, edited));
    }

    private static MatchResult Evaluate(MatchDemand demand, MatchCandidate candidate) =>
        Engine.Evaluate(demand, candidate) ?? throw new Xunit.Sdk.XunitException("Expected a match.");

    [Fact]
    public void Field_readiness_ways_and_price_alone_are_no_match_without_a_shared_word()
    {
        var unrelated = Candidate with { Title = "红枣精深加工", Keywords = ["红枣"], Summary = "红枣制粉与果泥生产线" };

        Assert.Null(Engine.Evaluate(Demand, unrelated));
        Assert.NotNull(Engine.Evaluate(Demand, unrelated with { Summary = "红枣制粉生产线，可兼用于煤焦油" }));
    }
}
