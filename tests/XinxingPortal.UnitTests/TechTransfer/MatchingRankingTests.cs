using XinxingPortal.TechTransfer.Matching;

namespace XinxingPortal.UnitTests.TechTransfer;

/// <summary>
/// Ranking quality on the fixture: 27 outcomes across the plan's fields. The weights were chosen on the tuning demands
/// only; the held-out demands were written (and committed) before that and are the real measure.
/// </summary>
public sealed class MatchingRankingTests
{
    private const string HeldOut = "demands-heldout.json";
    private const string Tuning = "demands-tuning.json";
    private static readonly MatchEngine Engine = new(new TermExtractor());

    public static TheoryData<string> HeldOutDemands() => [.. MatchingFixture.Demands(HeldOut).Select(d => d.Id)];

    public static TheoryData<string> TuningDemands() => [.. MatchingFixture.Demands(Tuning).Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(HeldOutDemands))]
    public void A_held_out_demand_gets_its_right_outcome_first_or_its_right_outcomes_in_the_top_three(string id) =>
        AssertRightAnswersOnTop(MatchingFixture.Demands(HeldOut).Single(d => d.Id == id));

    [Theory]
    [MemberData(nameof(TuningDemands))]
    public void A_tuning_demand_gets_its_right_outcome_first_or_its_right_outcomes_in_the_top_three(string id) =>
        AssertRightAnswersOnTop(MatchingFixture.Demands(Tuning).Single(d => d.Id == id));

    [Fact]
    public void Precision_at_one_over_the_held_out_demands_is_one()
    {
        var demands = MatchingFixture.Demands(HeldOut);
        var hits = demands.Count(d => Rank(d).FirstOrDefault()?.CandidateId is { } top && d.Expected.Contains(top));

        Assert.Equal(8, demands.Count);
        Assert.Equal(1.0, (double)hits / demands.Count);
    }

    [Fact]
    public void Every_result_shares_at_least_one_whole_word_with_the_demand()
    {
        var extractor = new TermExtractor();
        foreach (var demand in MatchingFixture.Demands(HeldOut).Concat(MatchingFixture.Demands(Tuning)))
        {
            var words = extractor.Terms(demand.Title + "\n" + demand.Description);
            Assert.All(Rank(demand), r =>
            {
                Assert.NotEmpty(r.Reasons.SharedTerms);
                Assert.All(r.Reasons.SharedTerms, t => Assert.Contains(t, words));
            });
        }
    }

    [Theory]
    [InlineData("t-cotton-water", "garment-auto-cutting")]
    [InlineData("t-cotton-water", "cold-chain-monitoring")]
    [InlineData("t-polysilicon-chlorosilane", "residual-film-recovery")]
    [InlineData("t-pv-dust", "raisin-clean-drying")]
    [InlineData("t-pv-dust", "echinococcosis-test")]
    [InlineData("t-coal-tar-yield", "jujube-powder")]
    public void Outcomes_sharing_only_an_everyday_word_or_nothing_are_not_returned(string demandId, string unrelated)
    {
        var ranked = Rank(MatchingFixture.Demands(Tuning).Single(d => d.Id == demandId));

        Assert.DoesNotContain(ranked, r => r.CandidateId == unrelated);
    }

    [Fact]
    public void Results_are_ordered_by_score_and_capped()
    {
        var demand = MatchingFixture.Demands(Tuning).Single(d => d.Id == "t-coal-chemical-phenol").ToMatchDemand();

        var three = Engine.Rank(demand, MatchingFixture.Outcomes.Value, take: 3);
        var all = Engine.Rank(demand, MatchingFixture.Outcomes.Value, take: 100);

        Assert.Equal(3, three.Count);
        Assert.Equal(all.Take(3).Select(r => r.CandidateId), three.Select(r => r.CandidateId));
        Assert.Equal(all.OrderByDescending(r => r.Score).Select(r => r.Score), all.Select(r => r.Score));
        Assert.True(Engine.Rank(demand, MatchingFixture.Outcomes.Value).Count <= MatchWeights.DefaultTake);
    }

    private static IReadOnlyList<MatchResult> Rank(FixtureDemand demand) => Engine.Rank(demand.ToMatchDemand(), MatchingFixture.Outcomes.Value);

    private static void AssertRightAnswersOnTop(FixtureDemand demand)
    {
        var ranked = Rank(demand).Select(r => r.CandidateId).ToList();
        if (demand.Expected.Length == 1)
        {
            Assert.Equal(demand.Expected[0], ranked.FirstOrDefault());
        }
        else
        {
            Assert.All(demand.Expected, right => Assert.Contains(right, ranked.Take(3)));
        }
    }
}
