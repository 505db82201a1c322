using XinxingPortal.Abstractions.Workflow;
using System.Net;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.IntegrationTests.TechTransfer;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.IntegrationTests.Security;

/// <summary>Finding 7: concurrent edits of a returned 揭榜挂帅 application used to leave nine files where three are allowed.</summary>
public sealed class ApplicationRaceTests(ChallengeFixture fixture) : IClassFixture<ChallengeFixture>
{
    [Fact]
    public async Task Ten_concurrent_resubmissions_of_a_returned_application_never_pass_three_files()
    {
        await fixture.OrganisationAsync("racer", VerificationStatus.Verified);
        var client = await fixture.AsAsync("racer");
        var id = await fixture.ChallengeAsync(fixture.Today.AddDays(30));
        Assert.Equal(HttpStatusCode.Redirect, (await ApplicationForm.PostAsync(client, id, files: [("first.pdf", ApplicationForm.Pdf)])).StatusCode);
        var applicationId = await fixture.QueryAsync(db => db.Set<ChallengeApplication>().Where(a => a.ChallengeId == id).Select(a => a.Id).SingleAsync());
        await fixture.InDbAsync(db => db.Set<ChallengeApplication>().Single(a => a.Id == applicationId).Status = ReviewState.Returned);

        var edits = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            ApplicationForm.PostAsync(client, id, team: "并发团队" + i, files: [($"plan-{i}.pdf", ApplicationForm.Pdf), ($"annex-{i}.pdf", ApplicationForm.Pdf)])));

        Assert.DoesNotContain(edits, e => (int)e.StatusCode >= 500);
        var attached = await fixture.QueryAsync(db => db.Set<Attachment>().CountAsync(a => a.OwnerId == applicationId));
        Assert.Equal(3, attached);
        Assert.Equal(ReviewState.InReview, await fixture.QueryAsync(db => db.Set<ChallengeApplication>().Where(a => a.Id == applicationId).Select(a => a.Status).SingleAsync()));
    }
}
