using System.Text.Json;
using System.Text.Json.Serialization;
using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Matching;

namespace XinxingPortal.UnitTests.TechTransfer;

/// <summary>Reads the outcomes and demands in Fixtures/ (copied beside the test binaries).</summary>
internal static class MatchingFixture
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static readonly Lazy<IReadOnlyList<MatchCandidate>> Outcomes = new(() =>
        Read<OutcomeFile>("outcomes.json").Outcomes.Select(o => new MatchCandidate(
            o.Id, o.Title, o.Keywords, o.Summary, o.Indicators, o.Field, o.Trl, CooperationModeList.Combine(o.Modes), o.PriceYuan)).ToArray());

    public static IReadOnlyList<FixtureDemand> Demands(string file) => Read<DemandFile>(file).Demands;

    private static T Read<T>(string file) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TechTransfer", "Fixtures", file)), Json)
        ?? throw new InvalidDataException(file);

    private sealed record OutcomeFile(FixtureOutcome[] Outcomes);

    private sealed record FixtureOutcome(string Id, string Title, string[] Keywords, string Summary, string Indicators,
        TechField Field, int Trl, CooperationModes[] Modes, long? PriceYuan);

    private sealed record DemandFile(FixtureDemand[] Demands);
}

internal sealed record FixtureDemand(string Id, string Title, string Description, TechField Field, int? RequiredTrl,
    CooperationModes[] Modes, long? BudgetMinYuan, long? BudgetMaxYuan, string[] Expected)
{
    public MatchDemand ToMatchDemand() =>
        new(Title, Description, Field, RequiredTrl, CooperationModeList.Combine(Modes), BudgetMinYuan, BudgetMaxYuan);

    public override string ToString() => Id;
}
