using XinxingPortal.Abstractions.Workflow;
using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Auditing;
using XinxingPortal.Platform.Email;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.IntegrationTests.TechTransfer;

/// <summary>A challenge from posting to the 公示, the private attachments, the public list and the feed.</summary>
public sealed class ChallengeFlowTests(ChallengeFixture fixture) : IClassFixture<ChallengeFixture>
{
    private const string Admin = "/admin/techtransfer/challenges";

    private static (string, string)[] ChallengeForm(string title, DateOnly deadline, string funding = "500") =>
    [
        ("Title", title), ("Issuer", "第十三师新星市科学技术局"), ("Field", "ModernAgriculture"), ("Goal", "盐碱地改良，亩产提高15%。\n三年内推广一万亩。"),
        ("Indicators", "土壤含盐量下降30%"), ("FundingWan", funding), ("Period", "3年"), ("Conditions", "具有农业科研能力的企业或科研院所。"),
        ("Deadline", deadline.ToString("yyyy-MM-dd")),
    ];

    [Fact]
    public async Task Submit_approve_shortlist_select_and_the_announcement_is_public_with_the_objection_date()
    {
        var admin = await fixture.AdminAsync();
        var created = await admin.PostFormAsync(Admin + "/new", Admin + "/new", ChallengeForm("盐碱地改良技术揭榜", fixture.Today.AddDays(5)));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = created.Headers.Location!.OriginalString;
        var id = edit[(edit.LastIndexOf('/') + 1)..];
        var publicPage = "/techtransfer/challenges/" + id;
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.Browser().GetAsync(publicPage)).StatusCode);
        await admin.PostFormAsync(edit, edit + "/publish");
        var open = await fixture.Factory.Browser().GetStringAsync(publicPage);
        Assert.Contains("data-phase=\"Open\"", open);
        Assert.Contains("\"@type\":\"MonetaryGrant\"", open);
        Assert.Matches(@"<dd class=""col-sm-9"">500\D", open);

        var (_, winnerEmail) = await fixture.OrganisationAsync("winner-org", VerificationStatus.Verified);
        var (_, runnerUpEmail) = await fixture.OrganisationAsync("runner-up", VerificationStatus.Verified);
        var (_, rejectedEmail) = await fixture.OrganisationAsync("turned-down", VerificationStatus.Verified);
        var winner = await fixture.AsAsync("winner-org");
        Assert.Equal(HttpStatusCode.Redirect, (await ApplicationForm.PostAsync(winner, id, team: "盐碱地攻关队", files: ("方案.pdf", ApplicationForm.Pdf))).StatusCode);
        await ApplicationForm.PostAsync(await fixture.AsAsync("runner-up"), id, team: "第二支队伍");
        await ApplicationForm.PostAsync(await fixture.AsAsync("turned-down"), id, team: "第三支队伍");
        Assert.Contains("data-status=\"InReview\"", await winner.GetStringAsync("/techtransfer/my/applications"));

        var apps = await fixture.QueryAsync(db => db.Set<ChallengeApplication>().Where(a => a.ChallengeId == id).ToDictionaryAsync(a => a.OrganisationId, a => a.Id));
        string Review(string org) => $"{Admin}/{id}/applications/{apps["org-" + org]}";
        await admin.PostFormAsync(Review("winner-org"), Review("winner-org") + "/decide", ("decision", "Approved"));
        await admin.PostFormAsync(Review("runner-up"), Review("runner-up") + "/decide", ("decision", "Approved"));
        await admin.PostFormAsync(Review("turned-down"), Review("turned-down") + "/decide", ("decision", "Rejected"), ("comment", "不符合揭榜条件"));
        foreach (var org in new[] { "winner-org", "runner-up", "turned-down" })
        {
            await admin.PostFormAsync(Review(org), Review(org) + "/shortlist", ("shortlisted", "true"));
        }

        Assert.False(await fixture.QueryAsync(db => db.Set<ChallengeApplication>().Where(a => a.Id == apps["org-turned-down"]).Select(a => a.Shortlisted).SingleAsync()));
        (string, string)[] announce = [("WinnerId", apps["org-winner-org"]), ("ObjectionDays", "5"), ("Note", "公示期内如有异议，请以书面形式实名反映。")];
        var early = await admin.PostFormAsync($"{Admin}/{id}/applications", $"{Admin}/{id}/announce", announce);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Null(await fixture.QueryAsync(db => db.Set<Challenge>().Where(c => c.Id == id).Select(c => c.AnnouncedUtc).SingleAsync()));

        await fixture.InDbAsync(db => db.Set<Challenge>().Single(c => c.Id == id).Deadline = fixture.Today.AddDays(-1));
        Assert.Contains("data-phase=\"Closed\"", await fixture.Factory.Browser().GetStringAsync(publicPage));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"{Admin}/{id}/applications", $"{Admin}/{id}/announce", announce)).StatusCode);

        var until = fixture.Today.AddDays(5).ToString("yyyy-MM-dd");
        var announced = await fixture.Factory.Browser().GetStringAsync(publicPage);
        Assert.Contains("data-phase=\"Announced\"", announced);
        Assert.Contains("盐碱地攻关队", announced);
        Assert.Contains("winner-org 科技有限公司", announced);
        Assert.Contains($"<time datetime=\"{until}\" class=\"objections-until\">{until}</time>", announced);
        Assert.Contains("公示期内如有异议，请以书面形式实名反映。", announced);
        Assert.Contains("kjj@xinxing.example", announced);
        Assert.DoesNotContain("第二支队伍", announced);

        var challenge = await fixture.QueryAsync(db => db.Set<Challenge>().SingleAsync(c => c.Id == id));
        Assert.Equal(apps["org-winner-org"], challenge.WinnerApplicationId);
        Assert.Equal(fixture.Today.AddDays(5), challenge.ObjectionsUntil);
        Assert.True(await fixture.QueryAsync(db => db.Set<ChallengeApplication>().Where(a => a.Id == apps["org-winner-org"]).Select(a => a.Selected).SingleAsync()));

        var link = "/techtransfer/challenges/" + id;
        Assert.Contains(await fixture.MailToAsync(winnerEmail, count: 2), m => m.MessageParts[0].BodyData.Contains(link, StringComparison.Ordinal));
        Assert.Contains(await fixture.MailToAsync(runnerUpEmail, count: 2), m => m.MessageParts[0].BodyData.Contains(link, StringComparison.Ordinal));
        var toRejected = await fixture.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.To == rejectedEmail).Select(m => m.TextBody).ToListAsync());
        Assert.DoesNotContain(toRejected, body => body.Contains(link, StringComparison.Ordinal));

        var audit = await fixture.QueryAsync(db => db.Set<AuditEntry>().Select(a => new { a.Action, a.Subject }).ToListAsync());
        Assert.Contains(audit, a => a.Action == "TechTransfer.Challenge.Created" && a.Subject == id);
        Assert.Contains(audit, a => a.Action == "TechTransfer.Challenge.Published" && a.Subject == id);
        Assert.Contains(audit, a => a.Action == "ChallengeApplication.Approve" && a.Subject == "ChallengeApplication:" + apps["org-winner-org"]);
        Assert.Contains(audit, a => a.Action == "ChallengeApplication.Reject" && a.Subject == "ChallengeApplication:" + apps["org-turned-down"]);
        Assert.Contains(audit, a => a.Action == "TechTransfer.Application.Shortlisted" && a.Subject == apps["org-runner-up"]);
        Assert.Contains(audit, a => a.Action == "TechTransfer.Challenge.Announced" && a.Subject == id);
        Assert.Contains("data-status=\"Published\"", await winner.GetStringAsync("/techtransfer/my/applications"));
    }

    [Fact]
    public async Task Only_the_applicant_and_staff_download_an_application_attachment()
    {
        var id = await fixture.ChallengeAsync(fixture.Today.AddDays(10));
        await fixture.OrganisationAsync("file-owner", VerificationStatus.Verified);
        await fixture.OrganisationAsync("file-snoop", VerificationStatus.Verified);
        var owner = await fixture.AsAsync("file-owner");
        await ApplicationForm.PostAsync(owner, id, files: ("技术方案.pdf", ApplicationForm.Pdf));
        var file = await fixture.QueryAsync(db => db.Set<Attachment>().SingleAsync(a => a.OwnerId == db.Set<ChallengeApplication>().Single(x => x.ChallengeId == id).Id));
        var url = $"/techtransfer/applications/{file.OwnerId}/files/{file.Id}";

        var download = await owner.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("技术方案.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(ApplicationForm.Pdf, await download.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, (await (await fixture.AdminAsync()).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.AsAsync("file-snoop")).GetAsync(url)).StatusCode);
        var anonymous = await fixture.Factory.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_list_puts_open_challenges_first_by_deadline_then_closed_ones_and_filters_by_field()
    {
        var later = await fixture.ChallengeAsync(fixture.Today.AddDays(20), field: TechField.Garments);
        var closed = await fixture.ChallengeAsync(fixture.Today.AddDays(-3), field: TechField.Garments);
        var sooner = await fixture.ChallengeAsync(fixture.Today.AddDays(3), field: TechField.Garments);
        var elsewhere = await fixture.ChallengeAsync(fixture.Today.AddDays(1), field: TechField.Silicon);
        var hidden = await fixture.ChallengeAsync(fixture.Today.AddDays(2), published: false, field: TechField.Garments);

        var page = await fixture.Factory.Browser().GetStringAsync("/techtransfer/challenges?field=Garments");
        var order = new[] { sooner, later, closed }.Select(c => page.IndexOf("/techtransfer/challenges/" + c + "\"", StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain(elsewhere, page);
        Assert.DoesNotContain(hidden, page);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.Browser().GetAsync("/techtransfer/challenges/" + hidden)).StatusCode);
    }

    [Fact]
    public async Task The_atom_feed_parses_and_lists_published_challenges_newest_first()
    {
        var older = await fixture.ChallengeAsync(fixture.Today.AddDays(9));
        var hidden = await fixture.ChallengeAsync(fixture.Today.AddDays(9), published: false);
        var newer = await fixture.ChallengeAsync(fixture.Today.AddDays(9));

        var response = await fixture.Factory.Browser().GetAsync("/techtransfer/challenges.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);
        var links = feed.Items.Select(i => i.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsolutePath).ToList();

        Assert.True(links.IndexOf("/techtransfer/challenges/" + newer) is >= 0 and var n && n < links.IndexOf("/techtransfer/challenges/" + older));
        Assert.DoesNotContain("/techtransfer/challenges/" + hidden, links);
    }

    [Fact]
    public async Task The_challenge_form_refuses_html_negative_funding_and_a_past_deadline_on_their_fields()
    {
        var admin = await fixture.AdminAsync();
        var before = await fixture.QueryAsync(db => db.Set<Challenge>().CountAsync());
        var form = ChallengeForm("<b>加粗的标题</b>", fixture.Today.AddDays(-1), funding: "-1");

        var response = await admin.PostFormAsync(Admin + "/new", Admin + "/new", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var field in new[] { "Title", "FundingWan", "Deadline" })
        {
            Assert.Matches($"class=\"field-validation-error\" data-valmsg-for=\"{field}\"", html);
        }

        Assert.Equal(before, await fixture.QueryAsync(db => db.Set<Challenge>().CountAsync()));
        await fixture.OrganisationAsync("not-staff", VerificationStatus.Verified);
        var outsider = await (await fixture.AsAsync("not-staff")).GetAsync(Admin);
        Assert.NotEqual(HttpStatusCode.OK, outsider.StatusCode);
    }
}
