using XinxingPortal.Platform.Workflow;
using XinxingPortal.Abstractions.Workflow;
using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Auditing;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.IntegrationTests.TechTransfer;

public sealed class ListingFlowTests(MarketFixture fixture) : IClassFixture<MarketFixture>
{
    private static readonly string ValidUntil = DateOnly.FromDateTime(TestClock.Morning.UtcDateTime).AddMonths(3).ToString("yyyy-MM-dd");

    public static (string, string)[] DemandFields(string title, params (string, string)[] overrides)
    {
        var fields = new Dictionary<string, string>
        {
            ["Title"] = title, ["Field"] = "CoalChemical", ["Type"] = "Research", ["Description"] = "需要煤焦油全馏分加氢的中试技术，处理量每年十万吨。",
            ["BudgetMinWan"] = "100", ["BudgetMaxWan"] = "500", ["RequiredTrl"] = "6", ["ValidUntil"] = ValidUntil, ["Modes"] = "Transfer",
            ["ContactName"] = "李经理", ["ContactPhone"] = "0902-1234567", ["ContactEmail"] = "demand@corp.example",
        };
        foreach (var (k, v) in overrides)
        {
            fields[k] = v;
        }

        return [.. fields.Select(f => (f.Key, f.Value))];
    }

    [Fact]
    public async Task A_demand_is_reviewed_returned_resubmitted_approved_and_then_public_with_its_history()
    {
        var (poster, _) = await fixture.JoinAsync();
        var title = "煤焦油加氢需求 " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Redirect, (await poster.PostFormAsync("/techtransfer/my/demands/new", "/techtransfer/my/demands/new", DemandFields(title))).StatusCode);
        var id = await fixture.WithDbAsync("Default", async db => (await db.Set<Demand>().SingleAsync(d => d.Title == title)).Id);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.Browser().GetAsync($"/techtransfer/demands/{id}")).StatusCode);
        Assert.DoesNotContain(title, await fixture.Factory.Browser().GetStringAsync("/techtransfer/demands"));

        var admin = await fixture.AdminAsync();
        var review = $"/admin/techtransfer/review/Demand/{id}";
        Assert.Contains(title, await admin.GetStringAsync("/admin/techtransfer/review"));
        await admin.PostFormAsync(review, review, ("decision", "Returned"), ("comment", "请补充处理规模和出水指标"));
        Assert.Contains("请补充处理规模和出水指标", await poster.GetStringAsync("/techtransfer/my"));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.Browser().GetAsync($"/techtransfer/demands/{id}")).StatusCode);

        await poster.PostFormAsync($"/techtransfer/my/demands/{id}/edit", $"/techtransfer/my/demands/{id}/edit", DemandFields(title, ("Description", "处理规模每年十万吨，出水COD低于100mg/L。")));
        await admin.PostFormAsync(review, review, ("decision", "Approved"));

        var page = await fixture.Factory.Browser().GetStringAsync($"/techtransfer/demands/{id}");
        Assert.Contains("出水COD低于100mg/L", page);
        Assert.Contains("\"@type\":\"Demand\"", page);
        Assert.Contains(title, await fixture.Factory.Browser().GetStringAsync("/techtransfer/demands?field=CoalChemical&q=" + Uri.EscapeDataString("加氢")));
        var history = await fixture.WithDbAsync("Default", db => db.Set<WorkflowHistoryRecord>().Where(h => h.ContentType == "Demand" && h.ItemId == id).OrderBy(h => h.Id).ToListAsync());
        Assert.Equal(["Submit", "Return", "Resubmit", "Approve"], history.Select(h => h.Action));
        // The submissions are transitions of the kernel's workflow too, with the states they moved between.
        Assert.Equal([ReviewState.Draft, ReviewState.InReview, ReviewState.Returned, ReviewState.InReview], history.Select(h => h.FromState));
        Assert.Equal([ReviewState.InReview, ReviewState.Returned, ReviewState.InReview, ReviewState.Published], history.Select(h => h.ToState));
        Assert.True(await fixture.WithDbAsync("Default", db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "Demand.Return" && a.Subject == "Demand:" + id)));
    }

    [Theory]
    [InlineData("BudgetMinWan", "-5", "below zero")]
    [InlineData("BudgetMaxWan", "50", "cannot be below the lowest")]
    [InlineData("RequiredTrl", "10", "from 1 to 9")]
    [InlineData("ValidUntil", "2020-01-01", "after today")]
    [InlineData("Description", "<img src=x onerror=alert(1)>需要", "plain text")]
    [InlineData("Title", "<b>加粗</b>", "plain text")]
    [InlineData("Modes", "", "at least one way")]
    public async Task A_bad_demand_gets_a_field_message_and_stores_nothing(string field, string value, string message)
    {
        var (poster, organisation) = await fixture.JoinAsync();

        var response = await poster.PostFormAsync("/en/techtransfer/my/demands/new", "/en/techtransfer/my/demands/new", DemandFields("坏需求", (field, value)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.Contains("field-validation-error", html);
        Assert.False(await fixture.WithDbAsync("Default", db => db.Set<Demand>().AnyAsync(d => d.OrganisationId == organisation)));
    }

    [Fact]
    public async Task An_unverified_organisation_cannot_post_and_its_post_stores_nothing()
    {
        var (pending, organisation) = await fixture.JoinAsync(verified: false);

        Assert.Contains("waiting for verification", await pending.GetStringAsync("/en/techtransfer/my/demands/new"));
        var token = await pending.AntiforgeryTokenAsync("/techtransfer/my");
        var response = await pending.PostAsync("/techtransfer/my/demands/new", new FormUrlEncodedContent(
            DemandFields("未认证需求").Append(("__RequestVerificationToken", token)).Select(f => KeyValuePair.Create(f.Item1, f.Item2))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await fixture.WithDbAsync("Default", db => db.Set<Demand>().AnyAsync(d => d.OrganisationId == organisation)));
    }

    [Fact]
    public async Task Contact_details_show_only_to_verified_organisations_and_staff()
    {
        var id = await ApprovedDemandAsync("联系方式测试");
        var (verified, _) = await fixture.JoinAsync();
        var (pending, _) = await fixture.JoinAsync(verified: false);

        Assert.DoesNotContain("0902-1234567", await fixture.Factory.Browser().GetStringAsync($"/techtransfer/demands/{id}"));
        Assert.DoesNotContain("0902-1234567", await pending.GetStringAsync($"/techtransfer/demands/{id}"));
        Assert.Contains("0902-1234567", await verified.GetStringAsync($"/techtransfer/demands/{id}"));
        Assert.Contains("0902-1234567", await (await fixture.AdminAsync()).GetStringAsync($"/techtransfer/demands/{id}"));
    }

    [Fact]
    public async Task An_account_of_another_tenant_cannot_post_or_see_contacts_here()
    {
        var id = await ApprovedDemandAsync("跨租户测试");
        var (foreign, _) = await fixture.JoinAsync("/" + MarketFixture.OtherTenant, tenant: MarketFixture.OtherTenant);
        Assert.Contains("/market2/techtransfer/my/demands/new", await foreign.GetStringAsync("/market2/techtransfer/my"));

        Assert.DoesNotContain("0902-1234567", await foreign.GetStringAsync($"/techtransfer/demands/{id}"));
        var post = await foreign.GetAsync("/techtransfer/my/demands/new");
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/account/login", post.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/market2/techtransfer/demands/{id}")).StatusCode);
    }

    [Fact]
    public async Task An_expired_demand_leaves_the_public_lists_and_its_page()
    {
        var id = await ApprovedDemandAsync("过期需求测试");
        await fixture.WithDbAsync("Default", async db =>
        {
            (await db.Set<Demand>().SingleAsync(d => d.Id == id)).ValidUntil = fixture.Clock.Today.AddDays(-1);
            return await db.SaveChangesAsync();
        });

        Assert.DoesNotContain("过期需求测试", await fixture.Factory.Browser().GetStringAsync("/techtransfer/demands"));
        Assert.DoesNotContain("过期需求测试", await fixture.Factory.Browser().GetStringAsync("/techtransfer/demands.atom"));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.Browser().GetAsync($"/techtransfer/demands/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_feeds_are_valid_Atom_with_approved_listings_only()
    {
        var id = await ApprovedDemandAsync("订阅测试需求");

        using var reader = XmlReader.Create(await fixture.Factory.Browser().GetStreamAsync("/techtransfer/demands.atom"));
        var feed = SyndicationFeed.Load(reader);
        Assert.Contains(feed.Items, i => i.Title.Text == "订阅测试需求" && i.Links.Any(l => l.Uri.ToString().EndsWith($"/techtransfer/demands/{id}", StringComparison.Ordinal)));
        using var outcomes = XmlReader.Create(await fixture.Factory.Browser().GetStreamAsync("/techtransfer/outcomes.atom"));
        Assert.All(SyndicationFeed.Load(outcomes).Items, i => Assert.False(string.IsNullOrEmpty(i.Title.Text)));
    }

    [Fact]
    public async Task The_dashboard_counts_approved_listings_by_field_and_month()
    {
        await ApprovedDemandAsync("统计测试需求");

        var html = await (await fixture.AdminAsync()).GetStringAsync("/admin/techtransfer");

        Assert.Contains("<svg", html);
        Assert.Matches(@"<th scope=""row"">[^<]+</th><td>\d+</td><td>[1-9]\d*</td>", html);
    }

    private async Task<string> ApprovedDemandAsync(string title)
    {
        var (poster, _) = await fixture.JoinAsync();
        await poster.PostFormAsync("/techtransfer/my/demands/new", "/techtransfer/my/demands/new", DemandFields(title));
        var id = await fixture.WithDbAsync("Default", async db => (await db.Set<Demand>().SingleAsync(d => d.Title == title)).Id);
        var admin = await fixture.AdminAsync();
        await admin.PostFormAsync($"/admin/techtransfer/review/Demand/{id}", $"/admin/techtransfer/review/Demand/{id}", ("decision", "Approved"));
        return id;
    }
}
