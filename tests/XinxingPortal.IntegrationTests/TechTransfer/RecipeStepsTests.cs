using XinxingPortal.Abstractions.Workflow;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Data;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.IntegrationTests.TechTransfer;

/// <summary>The market's recipe steps on the Default tenant, which the portal recipe seeds with techtransfer-seed.</summary>
public sealed class RecipeStepsTests : IClassFixture<PortalFactory>
{
    // Valid GB 32100 codes no seed uses; the tests' own entries use them and the "t-" ids.
    private const string FreeCode = "91659011EXAMPLE908";
    private const string OtherFreeCode = "91659011EXAMPLE91B";
    private const string UpdateCode = "91659011EXAMPLE92E";
    private const string PlainCode = "91659011EXAMPLE93H";
    private const string SeededNkyCode = "12659011EXAMPLE017";

    private static readonly string[] SeedOrganisations =
        ["org-nky", "org-dtsu", "org-xingyan", "org-lvyuan", "org-jingsi", "org-tianjian", "org-ganquan", "org-hanguo", "org-kenyuan"];

    private readonly PortalFactory factory;

    public RecipeStepsTests(PortalFactory factory)
    {
        this.factory = factory;
        factory.WarmUpAsync().GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_default_tenant_has_the_seeded_market_after_setup()
    {
        await using var scope = await factory.TenantScopeAsync("Default");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        var organisations = await db.Set<Organisation>().Where(o => SeedOrganisations.Contains(o.Id)).ToListAsync();
        Assert.Equal(SeedOrganisations.Length, organisations.Count);
        Assert.All(organisations, o =>
        {
            Assert.Equal(VerificationStatus.Verified, o.Status);
            Assert.Null(o.UserId);
            Assert.True(CreditCode.IsValid(o.CreditCode), o.CreditCode);
            Assert.EndsWith(".example", o.ContactEmail, StringComparison.Ordinal);
        });
        Assert.Equal(2, organisations.Count(o => o.Kind == OrganisationKind.Institution));

        var outcomes = await db.Set<Outcome>().Where(o => SeedOrganisations.Contains(o.OrganisationId)).ToListAsync();
        var demands = await db.Set<Demand>().Where(d => SeedOrganisations.Contains(d.OrganisationId)).ToListAsync();
        Assert.Equal(15, outcomes.Count);
        Assert.Equal(8, demands.Count);
        Assert.All(outcomes, o => Assert.Equal(ReviewState.Published, o.Status));
        Assert.All(demands, d => Assert.Equal(2027, d.ValidUntil.Year));
        Assert.All(outcomes.Concat<Listing>(demands), l => Assert.Null(l.PostedBy));

        var tar = outcomes.Single(o => o.Id == "outcome-coal-tar-hydrogenation");
        Assert.Equal("org-dtsu", tar.OrganisationId);
        Assert.Equal("中低温煤焦油全馏分加氢制清洁燃料及芳烃成套技术", tar.Title);
        Assert.Equal(TechField.CoalChemical, tar.Field);
        Assert.Equal(["煤焦油", "全馏分加氢", "芳烃"], tar.Keywords);
        Assert.Equal(7, tar.Trl);
        Assert.Equal(CooperationModes.Licence | CooperationModes.Joint, tar.Modes);
        Assert.Null(tar.PriceYuan);
        Assert.Equal(2, tar.Patents.Count);
        Assert.Contains("液体产品收率 ≥ 96%", tar.Indicators, StringComparison.Ordinal);
        // publishedOn 2026-06-18 is midnight in Beijing, 16:00 the day before in UTC.
        Assert.Equal(new DateTime(2026, 6, 17, 16, 0, 0), tar.PublishedUtc);

        var challenges = await db.Set<Challenge>().ToListAsync();
        var pyrolysis = Assert.Single(challenges, c => c.Id == "challenge-coal-pyrolysis-wastewater");
        Assert.True(pyrolysis.Published);
        Assert.Equal(2027, pyrolysis.Deadline.Year);
        Assert.Equal(3_000_000, pyrolysis.FundingYuan);
        Assert.Contains(challenges, c => c.Id == "challenge-arid-cotton-water-saving" && c.Published);
    }

    [Fact]
    public async Task Every_seeded_demand_has_an_outcome_that_fits_it()
    {
        await using var scope = await factory.TenantScopeAsync("Default");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var outcomes = await db.Set<Outcome>().Where(o => SeedOrganisations.Contains(o.OrganisationId)).ToListAsync();
        var demands = await db.Set<Demand>().Where(d => SeedOrganisations.Contains(d.OrganisationId)).ToListAsync();

        Assert.All(demands, d => Assert.Contains(outcomes, o =>
            o.Field == d.Field && o.Trl >= (d.RequiredTrl ?? 1) && (o.Modes & d.Modes) != CooperationModes.None &&
            (o.PriceYuan is null || o.PriceYuan <= d.BudgetMaxYuan) && o.OrganisationId != d.OrganisationId &&
            o.Keywords.Any(k => d.Title.Contains(k, StringComparison.Ordinal) || d.Description.Contains(k, StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Running_the_seed_again_changes_no_row()
    {
        var before = await DatabaseSnapshot.TakeAsync(factory, "Default");
        await factory.RunNamedAsync("Default", "techtransfer-seed");
        var after = await DatabaseSnapshot.TakeAsync(factory, "Default");

        Assert.Equal(before.Keys, after.Keys);
        foreach (var table in before.Keys)
        {
            Assert.True(before[table].SequenceEqual(after[table]), $"table {table} changed");
        }

        Assert.NotEmpty(before["TechTransfer_Outcomes"]);
    }

    [Fact]
    public async Task A_changed_entry_is_updated_and_keeps_its_first_publication()
    {
        await factory.RunJsonAsync("Default", Recipe(Step("organisations", Organisation("t-org-update", UpdateCode)), Step("outcomes", Outcome("t-org-update"))));
        var first = await OutcomeAsync("t-outcome");
        Assert.NotNull(first.PublishedUtc);

        var changed = Outcome("t-org-update");
        changed["title"] = "改过的成果名称";
        changed["publishedOn"] = "2020-01-01";
        await factory.RunJsonAsync("Default", Recipe(Step("outcomes", changed)));
        var second = await OutcomeAsync("t-outcome");

        Assert.Equal("改过的成果名称", second.Title);
        Assert.Equal(first.CreatedUtc, second.CreatedUtc);
        Assert.Equal(first.PublishedUtc, second.PublishedUtc);
        Assert.True(second.UpdatedUtc > first.UpdatedUtc);
    }

    [Fact]
    public async Task A_less_than_sign_that_opens_no_tag_is_plain_text()
    {
        var outcome = Outcome("t-org-plain");
        outcome["id"] = "t-outcome-plain";
        outcome["indicators"] = "杂质 <5%，粒径 < 2 mm";
        await factory.RunJsonAsync("Default", Recipe(Step("organisations", Organisation("t-org-plain", PlainCode)), Step("outcomes", outcome)));

        Assert.Equal("杂质 <5%，粒径 < 2 mm", (await OutcomeAsync("t-outcome-plain")).Indicators);
    }

    public static TheoryData<string, string, string, string, string> BadEntries => new()
    {
        // step kind, property, its bad JSON value, the path under the entry, part of the reason
        { "organisations", "kind", "\"Company\"", ".kind", "'Company' is not one of Enterprise, Institution" },
        { "organisations", "creditCode", "\"91659011EXAMPLE909\"", ".creditCode", "check character" },
        { "organisations", "creditCode", "\"91659011EXAMPLI908\"", ".creditCode", "other than I, O, Z, S and V" },
        { "organisations", "creditCode", $"\"{SeededNkyCode}\"", ".creditCode", "already has the credit code" },
        { "organisations", "creditCode", $"\"{FreeCode}\"", ".creditCode", "already has the credit code" },
        { "organisations", "name", "\"新星<b>示例</b>公司\"", ".name", "must not contain HTML" },
        { "organisations", "contactEmail", "\"not-an-address\"", ".contactEmail", "not an email address" },
        { "outcomes", "field", "\"Alchemy\"", ".field", "'Alchemy' is not one of CoalChemical" },
        { "outcomes", "modes", "[\"Joint\", \"Gift\"]", ".modes[1]", "'Gift' is not one of Transfer" },
        { "outcomes", "modes", "[]", ".modes", "at least one cooperation mode" },
        { "outcomes", "trl", "10", ".trl", "between 1 and 9" },
        { "outcomes", "trl", "0", ".trl", "between 1 and 9" },
        { "outcomes", "keywords", "[\"硅\", \"节能\", \"精炼\", \"冶炼\"]", ".keywords", "at most 3 keywords" },
        { "outcomes", "priceYuan", "-1", ".priceYuan", "not negative" },
        { "outcomes", "organisation", "\"org-nowhere\"", ".organisation", "there is no organisation 'org-nowhere'" },
        { "outcomes", "summary", "\"简介<script>alert(1)</script>\"", ".summary", "must not contain HTML" },
        { "outcomes", "keywords", "[\"硅\", \"<img src=x>\"]", ".keywords[1]", "must not contain HTML" },
        { "outcomes", "status", "\"Returned\"", ".reviewComment", "needs a review comment" },
        { "outcomes", "colour", "\"red\"", ".colour", "colour" },
        { "demands", "type", "\"Purchase\"", ".type", "'Purchase' is not one of Research" },
        { "demands", "field", "\"Space\"", ".field", "'Space' is not one of" },
        { "demands", "modes", "[\"Lease\"]", ".modes[0]", "'Lease' is not one of" },
        { "demands", "requiredTrl", "12", ".requiredTrl", "between 1 and 9" },
        { "demands", "budgetMinYuan", "-100", ".budgetMinYuan", "not negative" },
        { "demands", "budgetMinYuan", "900000", ".budgetMinYuan", "not above the highest" },
        { "demands", "organisation", "\"org-nowhere\"", ".organisation", "there is no organisation" },
        { "demands", "description", "\"需求<!-- 注释 -->\"", ".description", "must not contain HTML" },
        { "demands", "contactName", "\"<?php echo 1; ?>\"", ".contactName", "must not contain HTML" },
        { "demands", "validUntil", "\"2027-13-01\"", ".validUntil", "" },
        { "challenges", "field", "\"Magic\"", ".field", "'Magic' is not one of" },
        { "challenges", "fundingYuan", "-5", ".fundingYuan", "not negative" },
        { "challenges", "goal", "\"目标</p>\"", ".goal", "must not contain HTML" },
        { "challenges", "id", "\"Bad Id\"", ".id", "an id has lower-case letters" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task A_bad_entry_names_step_and_path_and_changes_nothing(string kind, string property, string value, string path, string reason)
    {
        var entry = kind switch
        {
            "organisations" => Organisation("t-org-second", OtherFreeCode),
            "outcomes" => Outcome("t-org-first"),
            "demands" => Demand("t-org-first"),
            _ => Challenge(),
        };
        entry[property] = JsonNode.Parse(value);
        var before = await DatabaseSnapshot.TakeAsync(factory, "Default");

        // The first step writes a valid organisation, which the failure must roll back.
        var ex = await Assert.ThrowsAsync<RecipeException>(() => factory.RunJsonAsync("Default",
            Recipe(Step("organisations", Organisation("t-org-first", FreeCode)), Step(kind, entry))));

        Assert.Equal(1, ex.StepIndex);
        Assert.Equal($"$.steps[1].{kind}[0]{path}", ex.JsonPath);
        Assert.Contains(reason, ex.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(factory, "Default"));
    }

    [Fact]
    public async Task An_id_used_twice_in_a_step_is_refused()
    {
        var ex = await Assert.ThrowsAsync<RecipeException>(() => factory.RunJsonAsync("Default",
            Recipe(Step("challenges", Challenge(), Challenge()))));
        Assert.Equal("$.steps[0].challenges[1].id", ex.JsonPath);
        Assert.Contains("used twice", ex.Reason, StringComparison.Ordinal);
    }

    private async Task<Outcome> OutcomeAsync(string id)
    {
        await using var scope = await factory.TenantScopeAsync("Default");
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Outcome>().AsNoTracking().SingleAsync(o => o.Id == id);
    }

    private static string Recipe(params JsonObject[] steps) =>
        new JsonObject { ["name"] = "t", ["steps"] = new JsonArray(steps) }.ToJsonString();

    private static JsonObject Step(string kind, params JsonObject[] entries) =>
        new() { ["name"] = kind, [kind] = new JsonArray(entries) };

    private static JsonObject Organisation(string id, string code) => new()
    {
        ["id"] = id, ["kind"] = "Enterprise", ["name"] = "测试硅业有限公司", ["creditCode"] = code,
        ["contactName"] = "测试人", ["contactMobile"] = "13900000999", ["contactEmail"] = "t@test.example",
    };

    private static JsonObject Outcome(string organisation) => new()
    {
        ["id"] = "t-outcome", ["organisation"] = organisation, ["title"] = "测试成果", ["field"] = "Silicon",
        ["keywords"] = new JsonArray("硅"), ["trl"] = 5, ["modes"] = new JsonArray("Joint"), ["summary"] = "简介。",
        ["indicators"] = "指标 1。", ["holder"] = "测试硅业", ["contactName"] = "测试人", ["contactPhone"] = "0902-0000999（示例）",
        ["contactEmail"] = "t@test.example",
    };

    private static JsonObject Demand(string organisation) => new()
    {
        ["id"] = "t-demand", ["organisation"] = organisation, ["title"] = "测试需求", ["field"] = "Silicon", ["type"] = "Research",
        ["description"] = "描述。", ["budgetMaxYuan"] = 500000, ["validUntil"] = "2027-06-30", ["modes"] = new JsonArray("Joint"),
        ["contactName"] = "测试人", ["contactPhone"] = "0902-0000999（示例）", ["contactEmail"] = "t@test.example",
    };

    private static JsonObject Challenge() => new()
    {
        ["id"] = "t-challenge", ["title"] = "测试榜单", ["issuer"] = "科技局", ["field"] = "Ecology", ["goal"] = "目标。",
        ["indicators"] = "指标。", ["fundingYuan"] = 100000, ["period"] = "12 个月", ["conditions"] = "条件。", ["deadline"] = "2027-05-31",
    };
}
