using XinxingPortal.Platform.Workflow;
using XinxingPortal.Abstractions.Workflow;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.IntegrationTests.TechTransfer;

/// <summary>Who may apply to a 揭榜挂帅 challenge, and what a refused application leaves behind: nothing.</summary>
public sealed class ChallengeTests(ChallengeFixture fixture) : IClassFixture<ChallengeFixture>
{
    private static Regex FieldError(string field) => new($"class=\"field-validation-error\" data-valmsg-for=\"{field}\"");

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_come_back_to_the_form()
    {
        var id = await fixture.ChallengeAsync(fixture.Today.AddDays(10));
        var response = await fixture.Factory.Browser().GetAsync(ApplicationForm.Url(id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("http://localhost/account/login", location);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(ApplicationForm.Url(id)), location);
    }

    [Fact]
    public async Task Users_without_a_verified_organisation_are_told_how_to_get_verified_and_store_nothing()
    {
        var id = await fixture.ChallengeAsync(fixture.Today.AddDays(10));
        await fixture.Factory.CreateAsync("Default", "no-org", ChallengeFixture.Password, "Member");
        await fixture.OrganisationAsync("pending-org", VerificationStatus.Pending);

        var noOrg = await fixture.AsAsync("no-org");
        var page = await noOrg.GetAsync(ApplicationForm.Url(id));
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("href=\"/techtransfer/register\"", await page.Content.ReadAsStringAsync());

        var pending = await fixture.AsAsync("pending-org");
        var pendingPage = await pending.GetAsync(ApplicationForm.Url(id));
        Assert.Equal(HttpStatusCode.Forbidden, pendingPage.StatusCode);
        Assert.Contains("data-organisation-status=\"Pending\"", await pendingPage.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await ApplicationForm.PostAsync(pending, id, files: ("方案.pdf", ApplicationForm.Pdf))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApplicationForm.PostAsync(noOrg, id)).StatusCode);
        Assert.Equal(0, await fixture.ApplicationCountAsync(id));
    }

    [Fact]
    public async Task A_user_signed_in_on_another_tenant_does_not_reach_the_default_site()
    {
        var id = await fixture.ChallengeAsync(fixture.Today.AddDays(10));
        await fixture.OrganisationAsync("kepu-verified", VerificationStatus.Verified, tenant: "kepu");
        var foreign = await fixture.AsAsync("kepu-verified", prefix: "/kepu");

        var page = await foreign.GetAsync(ApplicationForm.Url(id));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.OriginalString);

        var post = await ApplicationForm.PostAsync(foreign, id, tokenFrom: "/account/login");
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, post.StatusCode.ToString());
        Assert.Equal(0, await fixture.ApplicationCountAsync(id));
    }

    [Fact]
    public async Task Applications_are_taken_through_the_deadline_day_and_refused_after_it_storing_nothing()
    {
        await fixture.OrganisationAsync("late-org", VerificationStatus.Verified);
        var client = await fixture.AsAsync("late-org");
        var closed = await fixture.ChallengeAsync(fixture.Today.AddDays(-1));
        var filesBefore = fixture.PrivateFiles().Length;

        var form = await client.GetStringAsync(ApplicationForm.Url(closed));
        Assert.Contains("data-refusal", form);
        Assert.DoesNotContain("name=\"Plan\"", form);

        var before = await DatabaseSnapshot.TakeAsync(fixture.Factory, "Default");
        var late = await ApplicationForm.PostAsync(client, closed, files: ("方案.pdf", ApplicationForm.Pdf));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("data-refusal", await late.Content.ReadAsStringAsync());
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(fixture.Factory, "Default"));
        Assert.Equal(filesBefore, fixture.PrivateFiles().Length);

        var lastDay = await fixture.ChallengeAsync(fixture.Today);
        Assert.Equal(HttpStatusCode.Redirect, (await ApplicationForm.PostAsync(client, lastDay)).StatusCode);
        Assert.Equal(1, await fixture.ApplicationCountAsync(lastDay));
    }

    [Fact]
    public async Task Html_in_the_plan_is_refused_on_the_field_and_nothing_is_stored()
    {
        var id = await fixture.ChallengeAsync(fixture.Today.AddDays(10));
        await fixture.OrganisationAsync("html-org", VerificationStatus.Verified);
        var client = await fixture.AsAsync("html-org");

        var response = await ApplicationForm.PostAsync(client, id, plan: "我们的方案<script>alert(1)</script>");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(FieldError("Plan"), html);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Equal(0, await fixture.ApplicationCountAsync(id));

        var ok = await ApplicationForm.PostAsync(client, id, plan: "成本 < 100万元，效率 > 98%");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
    }

    [Fact]
    public async Task A_forged_attachment_is_refused_and_nothing_is_stored()
    {
        var id = await fixture.ChallengeAsync(fixture.Today.AddDays(10));
        await fixture.OrganisationAsync("forger", VerificationStatus.Verified);
        var client = await fixture.AsAsync("forger");
        var filesBefore = fixture.PrivateFiles().Length;
        var rowsBefore = await fixture.QueryAsync(db => db.Set<Attachment>().CountAsync());

        var response = await ApplicationForm.PostAsync(client, id, files: ("方案.pdf", "this is only text"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(FieldError("Files"), await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await fixture.ApplicationCountAsync(id));
        Assert.Equal(rowsBefore, await fixture.QueryAsync(db => db.Set<Attachment>().CountAsync()));
        Assert.Equal(filesBefore, fixture.PrivateFiles().Length);

        var tooMany = await ApplicationForm.PostAsync(client, id, files: [("1.pdf", ApplicationForm.Pdf), ("2.pdf", ApplicationForm.Pdf), ("3.pdf", ApplicationForm.Pdf), ("4.pdf", ApplicationForm.Pdf)]);
        Assert.Matches(FieldError("Files"), await tooMany.Content.ReadAsStringAsync());
        Assert.Equal(0, await fixture.ApplicationCountAsync(id));
    }

    [Fact]
    public async Task One_application_per_organisation_and_a_returned_one_is_corrected_and_resent()
    {
        var id = await fixture.ChallengeAsync(fixture.Today.AddDays(10));
        await fixture.OrganisationAsync("once-org", VerificationStatus.Verified);
        var client = await fixture.AsAsync("once-org");
        Assert.Equal(HttpStatusCode.Redirect, (await ApplicationForm.PostAsync(client, id)).StatusCode);

        var again = await ApplicationForm.PostAsync(client, id, team: "第二个团队");
        Assert.Contains("data-refusal", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await fixture.ApplicationCountAsync(id));

        var applicationId = await fixture.QueryAsync(db => db.Set<ChallengeApplication>().Where(a => a.ChallengeId == id).Select(a => a.Id).SingleAsync());
        var admin = await fixture.AdminAsync();
        var review = $"/admin/techtransfer/challenges/{id}/applications/{applicationId}";
        await admin.PostFormAsync(review, review + "/decide", ("decision", "Returned"), ("comment", " "));
        Assert.Equal(ReviewState.InReview, await StatusAsync(applicationId));
        await admin.PostFormAsync(review, review + "/decide", ("decision", "Returned"), ("comment", "请补充团队成员名单"));

        var mine = await client.GetStringAsync("/techtransfer/my/applications");
        Assert.Contains("data-status=\"Returned\"", mine);
        Assert.Contains("请补充团队成员名单", mine);
        Assert.Contains($"href=\"{ApplicationForm.Url(id)}\"", mine);

        Assert.Equal(HttpStatusCode.Redirect, (await ApplicationForm.PostAsync(client, id, team: "修改后的团队")).StatusCode);
        Assert.Equal(1, await fixture.ApplicationCountAsync(id));
        var resent = await client.GetStringAsync("/techtransfer/my/applications");
        Assert.Contains("修改后的团队", resent);
        Assert.Contains("data-status=\"InReview\"", resent);
        var steps = await fixture.QueryAsync(db => db.Set<WorkflowHistoryRecord>().Where(e => e.ItemId == applicationId).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["Submit", "Return", "Resubmit"], steps);
    }

    private Task<ReviewState> StatusAsync(string applicationId) =>
        fixture.QueryAsync(db => db.Set<ChallengeApplication>().Where(a => a.Id == applicationId).Select(a => a.Status).SingleAsync());
}
