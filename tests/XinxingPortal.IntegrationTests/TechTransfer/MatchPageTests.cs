using System.Net;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.IntegrationTests.TechTransfer;

public sealed class MatchPageTests(MarketFixture fixture) : IClassFixture<MarketFixture>
{
    [Fact]
    public async Task Staff_see_the_seeded_coal_tar_demand_matched_first_to_the_hydrogenation_outcome_with_reasons()
    {
        var html = await (await fixture.AdminAsync()).GetStringAsync("/techtransfer/demands/demand-coal-tar-upgrade/matches");

        var first = html.IndexOf("data-outcome=\"", StringComparison.Ordinal);
        Assert.True(first > 0, "no match listed");
        Assert.StartsWith("outcome-coal-tar-hydrogenation\"", html[(first + "data-outcome=\"".Length)..]);
        Assert.Contains("data-reason=\"terms\"", html);
        Assert.Contains("data-reason=\"field\"", html);
    }

    [Theory]
    [InlineData("", "与“中低温煤焦油全馏分加氢技术引进”匹配的科技成果")]
    [InlineData("/en", "Outcomes matching \"中低温煤焦油全馏分加氢技术引进\"")]
    [InlineData("/ug", "«中低温煤焦油全馏分加氢技术引进» غا ماس كېلىدىغان نەتىجىلەر")]
    public async Task The_title_and_heading_name_the_demand_in_every_language(string prefix, string expected)
    {
        var html = System.Net.WebUtility.HtmlDecode(await (await fixture.AdminAsync()).GetStringAsync(prefix + "/techtransfer/demands/demand-coal-tar-upgrade/matches"));

        Assert.DoesNotContain("{0}", html);
        Assert.Contains("<h1>" + expected + "</h1>", html);
        Assert.Matches("<title>[^<]*" + System.Text.RegularExpressions.Regex.Escape(expected), html);
    }

    [Fact]
    public async Task Only_the_poster_and_staff_see_a_demands_matches()
    {
        var (stranger, _) = await fixture.JoinAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/techtransfer/demands/demand-coal-tar-upgrade/matches")).StatusCode);
        var anonymous = await fixture.Factory.Browser().GetAsync("/techtransfer/demands/demand-coal-tar-upgrade/matches");
        Assert.Contains("/account/login", anonymous.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_newly_approved_matching_outcome_mails_the_demands_poster_once()
    {
        var (poster, posterOrg) = await fixture.JoinAsync();
        var demandTitle = "酚氨回收废水处理需求 " + Guid.NewGuid().ToString("N")[..5];
        await poster.PostFormAsync("/techtransfer/my/demands/new", "/techtransfer/my/demands/new", ListingFlowTests.DemandFields(demandTitle,
            ("Description", "兰炭废水酚氨回收，要求脱酚率95%以上，氨氮回收为液氨。"), ("Modes", "Licence")));
        var admin = await fixture.AdminAsync();
        var demandId = await fixture.WithDbAsync("Default", async db => (await db.Set<Demand>().SingleAsync(d => d.Title == demandTitle)).Id);
        await admin.PostFormAsync($"/admin/techtransfer/review/Demand/{demandId}", $"/admin/techtransfer/review/Demand/{demandId}", ("decision", "Approved"));

        var (holder, _) = await fixture.JoinAsync();
        var outcomeTitle = "高浓度含酚废水酚氨回收成套技术 " + Guid.NewGuid().ToString("N")[..5];
        await holder.PostMultipartAsync("/techtransfer/my/outcomes/new", OutcomeTests.OutcomeFields(outcomeTitle,
            ("Summary", "针对兰炭和煤气化含酚废水的酚氨回收工艺，脱酚率98%，氨回收率99%。"), ("Keywords", "酚氨回收、脱酚、含酚废水")));
        var outcomeId = await fixture.WithDbAsync("Default", async db => (await db.Set<Outcome>().SingleAsync(o => o.Title == outcomeTitle)).Id);
        await admin.PostFormAsync($"/admin/techtransfer/review/Outcome/{outcomeId}", $"/admin/techtransfer/review/Outcome/{outcomeId}", ("decision", "Approved"));

        var email = await fixture.WithDbAsync("Default", async db => (await db.Set<Organisation>().SingleAsync(o => o.Id == posterOrg)).ContactEmail);
        Assert.Contains($"/techtransfer/demands/{demandId}/matches", await fixture.MailToAsync("Default", email, outcomeTitle));
        Assert.Contains(outcomeId, await poster.GetStringAsync($"/techtransfer/demands/{demandId}/matches"));

        await holder.PostMultipartAsync($"/techtransfer/my/outcomes/{outcomeId}/edit", OutcomeTests.OutcomeFields(outcomeTitle,
            ("Summary", "含酚废水酚氨回收工艺，脱酚率98%。"), ("Keywords", "酚氨回收、脱酚")));
        await admin.PostFormAsync($"/admin/techtransfer/review/Outcome/{outcomeId}", $"/admin/techtransfer/review/Outcome/{outcomeId}", ("decision", "Approved"));
        Assert.Equal(1, await fixture.WithDbAsync("Default", db => db.Set<MatchNotice>().CountAsync(n => n.OutcomeId == outcomeId && n.DemandId == demandId)));
    }
}

public sealed class MarketSearchTests(MarketFixture fixture) : IClassFixture<MarketFixture>
{
    [Theory]
    [InlineData("煤焦油加氢", "outcome-coal-tar-hydrogenation")]
    [InlineData("煤焦油 加氢", "outcome-coal-tar-hydrogenation")]
    [InlineData("酚氨回收", "outcome-phenol-ammonia-recovery")]
    public async Task The_search_box_finds_seeded_outcomes_by_their_words(string query, string expected) =>
        Assert.Contains(expected, await fixture.Factory.Browser().GetStringAsync("/techtransfer/outcomes?q=" + Uri.EscapeDataString(query)));

    [Fact]
    public async Task Every_term_must_appear() =>
        Assert.DoesNotContain("outcome-coal-tar-hydrogenation", await fixture.Factory.Browser().GetStringAsync("/techtransfer/outcomes?q=" + Uri.EscapeDataString("煤焦油 葡萄")));
}

public sealed class SeedMatchingTests(MarketFixture fixture) : IClassFixture<MarketFixture>
{
    [Theory]
    [InlineData("demand-coal-tar-upgrade", "outcome-coal-tar-hydrogenation")]
    [InlineData("demand-semicoke-wastewater", "outcome-phenol-ammonia-recovery")]
    [InlineData("demand-silicon-energy-saving", "outcome-chemical-grade-silicon")]
    [InlineData("demand-vt-rebar-process", "outcome-vanadium-titanium-rebar")]
    [InlineData("demand-cotton-fertigation", "outcome-cotton-drip-fertigation")]
    [InlineData("demand-jujube-processing-line", "outcome-jujube-puree-powder")]
    [InlineData("demand-melon-cold-chain", "outcome-fruit-cold-chain")]
    [InlineData("demand-raisin-grading", "outcome-raisin-clean-drying")]
    public async Task Each_seeded_demand_gets_its_outcome_first(string demand, string expected)
    {
        var html = await (await fixture.AdminAsync()).GetStringAsync($"/techtransfer/demands/{demand}/matches");

        var first = System.Text.RegularExpressions.Regex.Match(html, "data-outcome=\"([^\"]+)\"");
        Assert.Equal(expected, first.Groups[1].Value);
    }
}

public sealed class MarketStatusTests(MarketFixture fixture) : IClassFixture<MarketFixture>
{
    [Fact]
    public async Task A_listing_is_open_then_in_negotiation_then_agreed_as_its_threads_go_and_the_lists_filter_by_it()
    {
        const string id = "outcome-anti-clog-drip-tape";
        var visitor = fixture.Factory.Browser();
        Assert.Contains(id, await visitor.GetStringAsync("/techtransfer/outcomes?status=Open"));
        Assert.DoesNotContain(id, await visitor.GetStringAsync("/techtransfer/outcomes?status=Negotiating"));

        var thread = new InterestThread
        {
            Id = Guid.NewGuid().ToString("N"), Kind = XinxingPortal.TechTransfer.Moderation.ListingKind.Outcome, ListingId = id, ListingTitle = "滴灌带",
            StarterOrganisationId = "org-xingyan", OwnerOrganisationId = "org-ganquan", CreatedUtc = fixture.Clock.UtcNow,
        };
        await fixture.WithDbAsync("Default", db => { db.Set<InterestThread>().Add(thread); return db.SaveChangesAsync(); });
        Assert.Contains(id, await visitor.GetStringAsync("/techtransfer/outcomes?status=Negotiating"));
        Assert.DoesNotContain(id, await visitor.GetStringAsync("/techtransfer/outcomes?status=Open"));
        Assert.Contains("data-market-status=\"Negotiating\"", await visitor.GetStringAsync($"/techtransfer/outcomes/{id}"));

        await fixture.WithDbAsync("Default", async db =>
        {
            (await db.Set<InterestThread>().SingleAsync(t => t.Id == thread.Id)).Status = XinxingPortal.TechTransfer.Threads.ThreadStatus.Agreed;
            return await db.SaveChangesAsync();
        });
        Assert.Contains(id, await visitor.GetStringAsync("/techtransfer/outcomes?status=Agreed&q=" + Uri.EscapeDataString("滴灌")));
        Assert.Contains("data-market-status=\"Agreed\"", await visitor.GetStringAsync($"/techtransfer/outcomes/{id}"));
    }
}
