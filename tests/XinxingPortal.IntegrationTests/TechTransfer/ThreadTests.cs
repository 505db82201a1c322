using XinxingPortal.Abstractions.Workflow;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Auditing;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Organisations;
using XinxingPortal.TechTransfer.Threads;

namespace XinxingPortal.IntegrationTests.TechTransfer;

public sealed class ThreadTests(ThreadFixture fixture) : IClassFixture<ThreadFixture>
{
    [Fact]
    public async Task A_verified_organisation_opens_a_thread_the_owner_is_emailed_and_the_reply_reaches_the_starter()
    {
        var owner = await fixture.OrganisationAsync(VerificationStatus.Verified, "新星棉业科技有限公司");
        var starter = await fixture.OrganisationAsync(VerificationStatus.Verified, "兵团农机装备有限公司");
        var outcome = await fixture.OutcomeAsync(owner);
        var starterBrowser = await fixture.SignedInAsync(starter);

        var opened = await OpenAsync(starterBrowser, "outcomes", outcome, "我们希望引进这项技术，\n请联系我们。");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var path = opened.Headers.Location!.OriginalString;
        Assert.Matches("^/techtransfer/threads/[0-9a-f]{32}$", path);

        var toOwner = Assert.Single(await fixture.OutboxToAsync(owner.ContactEmail));
        Assert.Contains("我们希望引进这项技术", toOwner.TextBody, StringComparison.Ordinal);
        Assert.Contains(starter.Name, toOwner.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost" + path, toOwner.TextBody, StringComparison.Ordinal);
        Assert.Single(await fixture.DeliveredToAsync(owner.ContactEmail));

        var starterView = await starterBrowser.GetStringAsync(path);
        // Encoded, line break included (&#xA;), and shown with its line breaks kept.
        Assert.Contains("我们希望引进这项技术，&#xA;请联系我们。", starterView, StringComparison.Ordinal);
        Assert.Contains($"data-author=\"{starter.OrganisationId}\"", starterView, StringComparison.Ordinal);
        Assert.Contains("class=\"pre-line\"", starterView, StringComparison.Ordinal);

        var ownerBrowser = await fixture.SignedInAsync(owner);
        var reply = await ownerBrowser.PostFormAsync(path, path + "/messages", ("Body", "欢迎洽谈，样品可以寄送。"));
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        var toStarter = Assert.Single(await fixture.OutboxToAsync(starter.ContactEmail));
        Assert.Contains("欢迎洽谈，样品可以寄送。", toStarter.TextBody, StringComparison.Ordinal);
        Assert.Contains(owner.Name, toStarter.TextBody, StringComparison.Ordinal);
        Assert.Single(await fixture.OutboxToAsync(owner.ContactEmail));

        var ownerView = await ownerBrowser.GetStringAsync(path);
        Assert.True(ownerView.IndexOf("我们希望引进这项技术", StringComparison.Ordinal) < ownerView.IndexOf("欢迎洽谈", StringComparison.Ordinal), "oldest message first");

        foreach (var (browser, other) in new[] { (starterBrowser, owner), (ownerBrowser, starter) })
        {
            var mine = await browser.GetStringAsync("/techtransfer/my/threads");
            Assert.Contains($"data-thread=\"{path[(path.LastIndexOf('/') + 1)..]}\"", mine, StringComparison.Ordinal);
            Assert.Contains(other.Name, mine, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_seeded_organisation_without_an_account_still_gets_the_email_with_the_starters_contact()
    {
        var seeded = await fixture.SeededOrganisationAsync();
        var starter = await fixture.OrganisationAsync(VerificationStatus.Verified);
        var demand = await fixture.DemandAsync(seeded, fixture.Clock.Today.AddDays(30));

        var opened = await OpenAsync(await fixture.SignedInAsync(starter), "demands", demand, "我单位可承担该攻关任务。");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var mail = Assert.Single(await fixture.OutboxToAsync(seeded.ContactEmail));
        Assert.Contains(starter.ContactEmail, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("我单位可承担该攻关任务。", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_but_the_two_organisations_and_staff_can_read_or_write_a_thread()
    {
        var (owner, starter, path) = await ThreadAsync();
        var missing = "/techtransfer/threads/" + Guid.NewGuid().ToString("N");
        var third = await fixture.SignedInAsync(await fixture.OrganisationAsync(VerificationStatus.Verified));
        var unverified = await fixture.SignedInAsync(await fixture.OrganisationAsync(VerificationStatus.Pending));
        var noOrganisation = await fixture.SignedInAsync(await AccountWithoutOrganisationAsync());

        foreach (var stranger in new[] { third, unverified, noOrganisation })
        {
            foreach (var target in new[] { path, missing })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(target)).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync("/account/login", target + "/messages", ("Body", "我也想看看"))).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync("/account/login", target + "/close", ("outcome", "Agreed"))).StatusCode);
            }
        }

        var anonymous = fixture.Factory.Browser();
        var kepuUser = "kepu-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Factory.CreateAsync("kepu", kepuUser, ThreadFixture.Password);
        var kepu = await fixture.SignedInAsync(kepuUser, "/kepu");
        foreach (var outsider in new[] { anonymous, kepu })
        {
            foreach (var target in new[] { path, missing })
            {
                AssertSignIn(await outsider.GetAsync(target));
                AssertSignIn(await outsider.PostFormAsync("/account/login", target + "/messages", ("Body", "我也想看看")));
                AssertSignIn(await outsider.PostFormAsync("/account/login", target + "/close", ("outcome", "Agreed")));
            }

            AssertSignIn(await outsider.GetAsync("/techtransfer/my/threads"));
        }

        // On its own site the kepu account finds no market at all: the feature is off there.
        Assert.Equal(HttpStatusCode.NotFound, (await kepu.GetAsync("/kepu" + path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kepu.PostFormAsync("/kepu/", "/kepu" + path + "/messages", ("Body", "我也想看看"))).StatusCode);

        var id = path[(path.LastIndexOf('/') + 1)..];
        Assert.Equal(1, await fixture.QueryAsync(db => db.Set<ThreadMessage>().CountAsync(m => m.ThreadId == id)));
        Assert.Equal(ThreadStatus.Open, await fixture.QueryAsync(db => db.Set<InterestThread>().Where(t => t.Id == id).Select(t => t.Status).SingleAsync()));
        Assert.Single(await fixture.OutboxToAsync(owner.ContactEmail));
        Assert.Empty(await fixture.OutboxToAsync(starter.ContactEmail));
        Assert.DoesNotContain(id, await third.GetStringAsync("/techtransfer/my/threads"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_is_refused_on_ones_own_listing_on_listings_not_approved_and_on_expired_demands()
    {
        var owner = await fixture.OrganisationAsync(VerificationStatus.Verified);
        var starter = await fixture.SignedInAsync(await fixture.OrganisationAsync(VerificationStatus.Verified));
        var ownerBrowser = await fixture.SignedInAsync(owner);
        var yesterday = fixture.Clock.Today.AddDays(-1);

        Assert.Equal(HttpStatusCode.Forbidden, (await OpenAsync(ownerBrowser, "outcomes", await fixture.OutcomeAsync(owner), "自己的成果")).StatusCode);
        foreach (var status in new[] { ReviewState.InReview, ReviewState.Returned, ReviewState.Rejected })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await OpenAsync(starter, "outcomes", await fixture.OutcomeAsync(owner, status), "未通过审核")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await OpenAsync(starter, "demands", await fixture.DemandAsync(owner, yesterday.AddDays(30), status), "未通过审核")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await OpenAsync(starter, "demands", await fixture.DemandAsync(owner, yesterday), "已过有效期")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await OpenAsync(starter, "challenges", await fixture.OutcomeAsync(owner), "不是成果或需求")).StatusCode);

        var approved = await fixture.OutcomeAsync(owner);
        var unverified = await fixture.SignedInAsync(await fixture.OrganisationAsync(VerificationStatus.Pending));
        Assert.Equal(HttpStatusCode.Forbidden, (await OpenAsync(unverified, "outcomes", approved, "尚未认证")).StatusCode);
        AssertSignIn(await OpenAsync(fixture.Factory.Browser(), "outcomes", approved, "匿名"));

        Assert.Equal(0, await fixture.QueryAsync(db => db.Set<InterestThread>().CountAsync(t => t.OwnerOrganisationId == owner.OrganisationId)));
        Assert.Empty(await fixture.OutboxToAsync(owner.ContactEmail));
    }

    [Fact]
    public async Task Opening_twice_returns_the_same_thread_with_both_messages()
    {
        var owner = await fixture.OrganisationAsync(VerificationStatus.Verified);
        var starter = await fixture.OrganisationAsync(VerificationStatus.Verified);
        var outcome = await fixture.OutcomeAsync(owner);
        var browser = await fixture.SignedInAsync(starter);

        var first = await OpenAsync(browser, "outcomes", outcome, "第一次联系");
        var second = await OpenAsync(browser, "outcomes", outcome, "再次联系");
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync($"/techtransfer/outcomes/{outcome}/interest")).StatusCode);

        var threads = await fixture.QueryAsync(db => db.Set<InterestThread>().Where(t => t.ListingId == outcome).Select(t => t.Id).ToListAsync());
        var id = Assert.Single(threads);
        Assert.Equal(["第一次联系", "再次联系"], await fixture.QueryAsync(db => db.Set<ThreadMessage>().Where(m => m.ThreadId == id).OrderBy(m => m.Id).Select(m => m.Body).ToListAsync()));
    }

    [Theory]
    [InlineData("<b>加粗</b>")]
    [InlineData("请看 <a href=\"http://x.example\">这里</a>")]
    [InlineData("<!-- 注释 -->")]
    [InlineData("<?xml version=\"1.0\"?>")]
    [InlineData("")]
    public async Task Html_and_empty_messages_are_refused_and_nothing_is_stored(string body)
    {
        var (owner, starter, path) = await ThreadAsync();
        var outcome = await fixture.OutcomeAsync(owner);
        var browser = await fixture.SignedInAsync(starter);

        var open = await OpenAsync(browser, "outcomes", outcome, body);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Contains("field-validation-error", await open.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var reply = await browser.PostFormAsync(path, path + "/messages", ("Body", body));
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Contains("field-validation-error", await reply.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(0, await fixture.QueryAsync(db => db.Set<InterestThread>().CountAsync(t => t.ListingId == outcome)));
        var id = path[(path.LastIndexOf('/') + 1)..];
        Assert.Equal(1, await fixture.QueryAsync(db => db.Set<ThreadMessage>().CountAsync(m => m.ThreadId == id)));
        Assert.Single(await fixture.OutboxToAsync(owner.ContactEmail));
    }

    [Fact]
    public async Task Plain_text_with_a_less_than_sign_is_kept_and_a_message_over_4000_characters_is_refused()
    {
        var (_, starter, path) = await ThreadAsync();
        var browser = await fixture.SignedInAsync(starter);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync(path, path + "/messages", ("Body", "含水率 < 5%，粒径<3mm"))).StatusCode);
        Assert.Contains("含水率 &lt; 5%，粒径&lt;3mm", await browser.GetStringAsync(path), StringComparison.Ordinal);

        var tooLong = await browser.PostFormAsync(path, path + "/messages", ("Body", new string('长', MessageInput.MaxLength + 1)));
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("field-validation-error", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync(path, path + "/messages", ("Body", new string('长', MessageInput.MaxLength)))).StatusCode);
    }

    [Fact]
    public async Task Closing_as_agreed_blocks_further_messages_is_audited_and_counted()
    {
        var before = await CountsAsync();
        var (owner, starter, path) = await ThreadAsync();
        var id = path[(path.LastIndexOf('/') + 1)..];
        var ownerBrowser = await fixture.SignedInAsync(owner);

        var close = await ownerBrowser.PostFormAsync(path, path + "/close", ("outcome", "Agreed"));
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        var page = await ownerBrowser.GetStringAsync(path);
        Assert.Contains("data-status=\"Agreed\"", page, StringComparison.Ordinal);
        Assert.Contains("data-closed", page, StringComparison.Ordinal);
        Assert.DoesNotContain(path + "/messages", page, StringComparison.Ordinal);
        Assert.Single(await fixture.OutboxToAsync(starter.ContactEmail));
        Assert.Equal(1, await fixture.QueryAsync(db => db.Set<AuditEntry>().CountAsync(a => a.Action == "TechTransfer.Thread.Agreed" && a.Subject == id)));

        var starterBrowser = await fixture.SignedInAsync(starter);
        var late = await starterBrowser.PostFormAsync(path, path + "/messages", ("Body", "还想补充一点"));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("validation-summary-errors", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await starterBrowser.PostFormAsync(path, path + "/close", ("outcome", "NotAgreed"))).StatusCode);
        Assert.Equal(1, await fixture.QueryAsync(db => db.Set<ThreadMessage>().CountAsync(m => m.ThreadId == id)));
        Assert.Equal(ThreadStatus.Agreed, await fixture.QueryAsync(db => db.Set<InterestThread>().Where(t => t.Id == id).Select(t => t.Status).SingleAsync()));

        var after = await CountsAsync();
        Assert.Equal(before.Total with { Opened = before.Total.Opened + 1, Agreed = before.Total.Agreed + 1 }, after.Total);
        var month = fixture.Clock.BeijingNow;
        var thisMonth = after.Months.Single(m => m.Year == month.Year && m.Month == month.Month).Tally;
        var earlier = before.Months.SingleOrDefault(m => m.Year == month.Year && m.Month == month.Month)?.Tally ?? new ThreadTally(0, 0, 0, 0);
        Assert.Equal(earlier with { Opened = earlier.Opened + 1, Agreed = earlier.Agreed + 1 }, thisMonth);

        var staff = await fixture.SignedInAsync("admin", "", PortalFactory.AdminPassword);
        var admin = await staff.GetStringAsync("/admin/techtransfer/threads?status=Agreed");
        Assert.Contains($"data-thread=\"{id}\"", admin, StringComparison.Ordinal);
        Assert.Contains("data-period=\"total\"", admin, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-thread=\"{id}\"", await staff.GetStringAsync("/admin/techtransfer/threads?status=Open"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_read_any_thread_and_a_staff_message_reaches_both_sides()
    {
        var (owner, starter, path) = await ThreadAsync();
        var id = path[(path.LastIndexOf('/') + 1)..];
        var staff = await fixture.SignedInAsync("admin", "", PortalFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(path)).StatusCode);
        var adminView = await staff.GetStringAsync("/admin/techtransfer/threads/" + id);
        Assert.Contains("请联系我们", adminView, StringComparison.Ordinal);
        Assert.Contains($"data-thread=\"{id}\"", await staff.GetStringAsync("/admin/techtransfer/threads"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(path, path + "/messages", ("Body", "科技局可协助组织现场对接。"))).StatusCode);
        Assert.Contains("data-author=\"staff\"", await staff.GetStringAsync(path), StringComparison.Ordinal);
        Assert.Contains(await fixture.OutboxToAsync(starter.ContactEmail), m => m.TextBody.Contains("科技局可协助组织现场对接。", StringComparison.Ordinal));
        Assert.Equal(2, (await fixture.OutboxToAsync(owner.ContactEmail)).Count);

        var party = await fixture.SignedInAsync(starter);
        Assert.NotEqual(HttpStatusCode.OK, (await party.GetAsync("/admin/techtransfer/threads")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await party.GetAsync("/admin/techtransfer/threads/" + id)).StatusCode);
    }

    [Fact]
    public async Task The_listing_page_tells_each_visitor_what_they_can_do_about_interest()
    {
        var owner = await fixture.OrganisationAsync(VerificationStatus.Verified);
        var outcome = await fixture.OutcomeAsync(owner);
        var listing = $"/techtransfer/outcomes/{outcome}";

        var anonymous = await fixture.Factory.Browser().GetStringAsync(listing);
        Assert.Contains("data-interest=\"SignIn\"", anonymous, StringComparison.Ordinal);
        Assert.Contains($"/account/login?returnUrl=%2Ftechtransfer%2Foutcomes%2F{outcome}", anonymous, StringComparison.Ordinal);
        Assert.Contains("data-interest=\"NeedsVerification\"", await (await fixture.SignedInAsync(await fixture.OrganisationAsync(VerificationStatus.Pending))).GetStringAsync(listing), StringComparison.Ordinal);
        Assert.Contains("data-interest=\"Owner\"", await (await fixture.SignedInAsync(owner)).GetStringAsync(listing), StringComparison.Ordinal);
        Assert.Contains("data-interest=\"Staff\"", await (await fixture.SignedInAsync("admin", "", PortalFactory.AdminPassword)).GetStringAsync(listing), StringComparison.Ordinal);

        var verified = await fixture.SignedInAsync(await fixture.OrganisationAsync(VerificationStatus.Verified));
        var page = await verified.GetStringAsync(listing);
        Assert.Contains("data-interest=\"CanOpen\"", page, StringComparison.Ordinal);
        Assert.Contains($"action=\"{listing}/interest\"", page, StringComparison.Ordinal);
        var opened = await verified.PostFormAsync(listing, listing + "/interest", ("Body", "从成果页面提交"));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains($"href=\"{opened.Headers.Location!.OriginalString}\"", await verified.GetStringAsync(listing), StringComparison.Ordinal);

        var demand = await fixture.DemandAsync(owner, fixture.Clock.Today.AddDays(-1));
        Assert.DoesNotContain("data-interest=\"CanOpen\"", await (await verified.GetAsync($"/techtransfer/demands/{demand}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertSignIn(await fixture.Factory.Browser().GetAsync(listing + "/interest"));
        Assert.Equal(HttpStatusCode.NotFound, (await verified.GetAsync($"/techtransfer/outcomes/{await fixture.OutcomeAsync(owner, ReviewState.InReview)}/interest")).StatusCode);
    }

    [Fact]
    public async Task Statistics_count_by_Beijing_month_opened_when_started_and_agreed_or_not_when_closed()
    {
        // 2019 holds only these rows, so its months show exactly them whatever other tests added.
        static DateTime Utc(string s) => DateTime.SpecifyKind(DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        InterestThread Thread(string createdUtc, ThreadStatus status, string? closedUtc) => new()
        {
            Id = Guid.NewGuid().ToString("N"), Kind = ListingKind.Outcome, ListingId = "stats-" + Guid.NewGuid().ToString("N")[..8], ListingTitle = "统计",
            StarterOrganisationId = "s", OwnerOrganisationId = "o", Status = status, CreatedUtc = Utc(createdUtc), ClosedUtc = closedUtc is null ? null : Utc(closedUtc),
        };
        await fixture.QueryAsync(async db =>
        {
            db.Set<InterestThread>().AddRange(
                Thread("2019-01-31T16:30:00", ThreadStatus.Open, null),                       // Beijing 2019-02-01 00:30
                Thread("2019-01-31T15:59:00", ThreadStatus.Agreed, "2019-02-28T16:00:00"),     // Beijing 01-31 23:59, closed 03-01 00:00
                Thread("2019-02-10T02:00:00", ThreadStatus.NotAgreed, "2019-02-11T02:00:00"));
            return await db.SaveChangesAsync();
        });

        var months = (await CountsAsync()).Months.Where(m => m.Year == 2019).ToDictionary(m => m.Month, m => m.Tally);
        Assert.Equal([3, 2, 1], months.Keys);
        Assert.Equal(new ThreadTally(1, 0, 0, 0), months[1]);
        Assert.Equal(new ThreadTally(2, 0, 1, 1), months[2]);
        Assert.Equal(new ThreadTally(0, 1, 0, 0), months[3]);
    }

    /// <summary>An open thread between two fresh verified organisations, with one first message.</summary>
    private async Task<(MarketParty Owner, MarketParty Starter, string Path)> ThreadAsync()
    {
        var owner = await fixture.OrganisationAsync(VerificationStatus.Verified);
        var starter = await fixture.OrganisationAsync(VerificationStatus.Verified);
        var opened = await OpenAsync(await fixture.SignedInAsync(starter), "outcomes", await fixture.OutcomeAsync(owner), "对该成果感兴趣，请联系我们。");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        return (owner, starter, opened.Headers.Location!.OriginalString);
    }

    private static Task<HttpResponseMessage> OpenAsync(HttpClient browser, string kind, string listingId, string body) =>
        browser.PostFormAsync("/account/login", $"/techtransfer/{kind}/{listingId}/interest", ("Body", body));

    private static void AssertSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<string> AccountWithoutOrganisationAsync()
    {
        var userName = "person-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Factory.CreateAsync("Default", userName, ThreadFixture.Password);
        return userName;
    }

    private async Task<ThreadCounts> CountsAsync()
    {
        await using var scope = await fixture.Factory.TenantScopeAsync("Default");
        return await scope.ServiceProvider.GetRequiredService<ThreadStatistics>().CountAsync(CancellationToken.None);
    }
}
