using System.Net;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.IntegrationTests.Kernel;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.IntegrationTests.TechTransfer;

/// <summary>The same hostile files as 揭榜 application attachments: refused on the field, no row and no file kept.</summary>
public sealed class HostileUploadTests(ChallengeFixture fixture) : IClassFixture<ChallengeFixture>
{
    [Theory]
    [MemberData(nameof(HostileFiles.Documents), MemberType = typeof(HostileFiles))]
    public async Task A_hostile_application_attachment_is_refused_and_nothing_is_stored(string kind, string fileName, string message)
    {
        var id = await fixture.ChallengeAsync(fixture.Today.AddDays(10));
        var user = "hostile-" + kind;
        await fixture.OrganisationAsync(user, VerificationStatus.Verified);
        var client = await fixture.AsAsync(user);
        var filesBefore = fixture.PrivateFiles();
        var rowsBefore = await fixture.QueryAsync(db => db.Set<Attachment>().CountAsync());

        var response = await ApplicationForm.PostAsync(client, id, files: [(fileName, HostileFiles.Of(kind))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await fixture.ApplicationCountAsync(id));
        Assert.Equal(rowsBefore, await fixture.QueryAsync(db => db.Set<Attachment>().CountAsync()));
        Assert.Equal(filesBefore, fixture.PrivateFiles());
    }

    [Fact]
    public async Task A_real_docx_is_kept_under_its_id_in_the_tenants_private_folder()
    {
        var id = await fixture.ChallengeAsync(fixture.Today.AddDays(10));
        await fixture.OrganisationAsync("docx-team", VerificationStatus.Verified);
        var client = await fixture.AsAsync("docx-team");

        var response = await ApplicationForm.PostAsync(client, id, files: [("方案.docx", HostileFiles.Docx())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = await fixture.QueryAsync(db => db.Set<Attachment>().SingleAsync(a => a.FileName == "方案.docx"));
        Assert.Contains(fixture.PrivateFiles(), f => Path.GetFileName(f) == row.Id);
        Assert.DoesNotContain(fixture.PrivateFiles(), f => f.EndsWith(".staged", StringComparison.Ordinal));
    }
}
