using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Features;
using XinxingPortal.Platform.Tenants;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.IntegrationTests.TechTransfer;

/// <summary>
/// Two tenants that switch the market's features on one by one: "jiebang" from the shipped challenges-only recipe,
/// and "shichang" with outcomes and demands but no challenges.
/// </summary>
public sealed class MarketFeatureFixture : IAsyncLifetime
{
    public const string Password = "Feature-Test-Pass-2026";
    public const string Challenges = "/jiebang";
    public const string ListingsOnly = "/shichang";

    private static readonly string[] Codes = CreditCodes.Generate(10);

    public MarketFeatureFixture() => Factory = new PortalFactory { Clock = Clock };

    public TestClock Clock { get; } = new();

    public PortalFactory Factory { get; }

    public string Code(int i) => Codes[i];

    public async Task InitializeAsync()
    {
        Factory.Settings["Portal:RateLimits:PublicFormsPerMinute"] = "1000";
        await Factory.WarmUpAsync();
        var tenants = Factory.Services.GetRequiredService<TenantAdministration>();
        await tenants.CreateAsync(Factory.NewTenant("jiebang", "jiebang", "techtransfer-challenges"), new AdminAccount("boss", "boss@xinxing.example", Password));
        await tenants.CreateAsync(Factory.NewTenant("shichang", "shichang"), new AdminAccount("boss", "boss@xinxing.example", Password));
        await Factory.RunJsonAsync("shichang", """{ "name": "t", "steps": [ { "name": "feature", "enable": ["XinxingPortal.TechTransfer.Listings"] } ] }""");
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public async Task<HttpClient> BossAsync(string prefix)
    {
        var client = Factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(prefix, "boss", Password)).StatusCode);
        return client;
    }

    internal async Task<T> WithDbAsync<T>(string tenant, Func<PortalDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = await Factory.TenantScopeAsync(tenant);
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), scope.ServiceProvider);
    }
}

public sealed class MarketFeatureTests(MarketFeatureFixture fixture) : IClassFixture<MarketFeatureFixture>
{
    private const string J = MarketFeatureFixture.Challenges;

    [Fact]
    public async Task The_challenges_recipe_enables_challenges_and_what_they_need_and_nothing_else_of_the_market()
    {
        var enabled = await fixture.WithDbAsync("jiebang", (_, services) => services.GetRequiredService<FeatureService>().GetEnabledAsync());

        Assert.Contains("XinxingPortal.TechTransfer.Challenges", enabled);
        Assert.Contains("XinxingPortal.TechTransfer", enabled);
        Assert.DoesNotContain("XinxingPortal.TechTransfer.Listings", enabled);
        Assert.DoesNotContain("XinxingPortal.TechTransfer.Threads", enabled);
        Assert.DoesNotContain("XinxingPortal.TechTransfer.Matching", enabled);
    }

    [Fact]
    public async Task A_challenges_only_tenant_posts_a_challenge_verifies_an_organisation_and_takes_its_application()
    {
        var boss = await fixture.BossAsync(J);
        var admin = J + "/admin/techtransfer/challenges";
        var created = await boss.PostFormAsync(admin + "/new", admin + "/new",
            ("Title", "戈壁光伏清洗机器人揭榜"), ("Issuer", "第十三师新星市科学技术局"), ("Field", "NewEnergy"), ("Goal", "研制清洗机器人。"),
            ("Indicators", "清洗效率≥98%"), ("FundingWan", "300"), ("Period", "2年"), ("Conditions", "师市注册的企业。"),
            ("Deadline", fixture.Clock.Today.AddDays(30).ToString("yyyy-MM-dd")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = created.Headers.Location!.OriginalString;
        var id = edit[(edit.LastIndexOf('/') + 1)..];
        await boss.PostFormAsync(edit, edit + "/publish");

        var visitor = fixture.Factory.Browser();
        Assert.Contains("戈壁光伏清洗机器人揭榜", await visitor.GetStringAsync(J + "/techtransfer/challenges"));
        Assert.Contains("data-phase=\"Open\"", await visitor.GetStringAsync($"{J}/techtransfer/challenges/{id}"));
        Assert.Contains($"/techtransfer/challenges/{id}", await visitor.GetStringAsync(J + "/sitemap.xml"));
        Assert.Contains(id, await visitor.GetStringAsync(J + "/techtransfer/challenges.atom"));

        var team = fixture.Factory.Browser();
        var joined = await team.PostMultipartAsync(J + "/techtransfer/join", MarketFixture.JoinFields("gobi", fixture.Code(0)), ("Licence", "licence.png", MarketFixture.LicencePng));
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        var organisation = await fixture.WithDbAsync("jiebang", (db, _) => db.Set<Organisation>().SingleAsync(o => o.ContactEmail == "gobi@corp.example"));
        var page = $"{J}/admin/techtransfer/organisations/{organisation.Id}";
        await boss.PostFormAsync(page, page + "/decide", ("verify", "true"));
        Assert.Equal(VerificationStatus.Verified, (await fixture.WithDbAsync("jiebang", (db, _) => db.Set<Organisation>().SingleAsync(o => o.Id == organisation.Id))).Status);

        var applied = await ApplicationForm.PostAsync(team, id, prefix: J);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal(1, await fixture.WithDbAsync("jiebang", (db, _) => db.Set<ChallengeApplication>().CountAsync(a => a.ChallengeId == id && a.OrganisationId == organisation.Id)));
        Assert.Contains("data-status=\"InReview\"", await team.GetStringAsync(J + "/techtransfer/my/applications"));
    }

    [Theory]
    [InlineData("/techtransfer/outcomes")]
    [InlineData("/techtransfer/outcomes/outcome-coal-tar-hydrogenation")]
    [InlineData("/techtransfer/demands")]
    [InlineData("/techtransfer/demands/d1")]
    [InlineData("/techtransfer/outcomes.atom")]
    [InlineData("/techtransfer/demands.atom")]
    [InlineData("/techtransfer/my/outcomes/new")]
    [InlineData("/techtransfer/my/demands/new")]
    [InlineData("/techtransfer/demands/d1/matches")]
    [InlineData("/techtransfer/outcome/o1/interest")]
    [InlineData("/techtransfer/threads/t1")]
    [InlineData("/techtransfer/my/threads")]
    [InlineData("/admin/techtransfer/review")]
    [InlineData("/admin/techtransfer/threads")]
    public async Task Outcomes_demands_threads_and_matching_answer_404_on_the_challenges_only_tenant(string path)
    {
        var boss = await fixture.BossAsync(J);

        Assert.Equal(HttpStatusCode.NotFound, (await boss.GetAsync(J + path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.Browser().GetAsync(J + path)).StatusCode);
    }

    [Fact]
    public async Task Nothing_on_the_challenges_only_tenant_links_to_a_feature_it_does_not_have()
    {
        var boss = await fixture.BossAsync(J);
        var pages = new[]
        {
            await fixture.Factory.Browser().GetStringAsync(J + "/techtransfer"),
            await fixture.Factory.Browser().GetStringAsync(J + "/techtransfer/challenges"),
            await boss.GetStringAsync(J + "/admin"),
            await boss.GetStringAsync(J + "/admin/techtransfer"),
            await fixture.Factory.Browser().GetStringAsync(J + "/sitemap.xml"),
        };

        Assert.Contains("/techtransfer/challenges\"", pages[0]);
        Assert.Contains("/admin/techtransfer/challenges\"", pages[2]);
        foreach (var html in pages)
        {
            Assert.DoesNotContain("/techtransfer/outcomes", html);
            Assert.DoesNotContain("/techtransfer/demands", html);
            Assert.DoesNotContain("/techtransfer/review", html);
            Assert.DoesNotContain("/threads", html);
        }
    }

    [Fact]
    public async Task A_market_without_challenges_neither_serves_nor_links_them()
    {
        const string s = MarketFeatureFixture.ListingsOnly;
        var boss = await fixture.BossAsync(s);

        foreach (var path in new[] { "/techtransfer/challenges", "/techtransfer/challenges.atom", "/techtransfer/my/applications", "/admin/techtransfer/challenges" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await boss.GetAsync(s + path)).StatusCode);
        }

        var front = await fixture.Factory.Browser().GetStringAsync(s + "/techtransfer");
        Assert.Contains("/techtransfer/outcomes\"", front);
        Assert.DoesNotContain("/techtransfer/challenges", front);
        Assert.DoesNotContain("/techtransfer/challenges", await boss.GetStringAsync(s + "/admin"));
        Assert.DoesNotContain("/threads", await boss.GetStringAsync(s + "/admin/techtransfer"));
    }
}
