using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.IntegrationTests.Kernel;
using XinxingPortal.Platform.Data;

namespace XinxingPortal.IntegrationTests.Policies;

/// <summary>Zip slips, bombs, forged and cut-off files sent as policy attachments: each refused with its reason, nothing stored.</summary>
public sealed class HostileAttachmentTests(PolicyFixture fixture) : IClassFixture<PolicyFixture>
{
    private const string Edit = "/admin/policies/notice-2026-lab-sharing";

    [Theory]
    [MemberData(nameof(HostileFiles.Documents), MemberType = typeof(HostileFiles))]
    public async Task A_hostile_attachment_is_refused_with_its_reason_and_nothing_is_stored(string kind, string fileName, string message)
    {
        var writer = await fixture.AsAsync("writer");
        var before = await AttachmentCountAsync();
        var token = await writer.AntiforgeryTokenAsync(Edit);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(HostileFiles.Of(kind)), "file", fileName },
        };

        var response = await writer.PostAsync(Edit + "/attachments", form);

        var page = await PolicyForms.MessageAfterAsync(writer, response);
        Assert.Contains("alert-danger", page);
        Assert.Contains(message, page);
        Assert.Equal(before, await AttachmentCountAsync());
    }

    private async Task<int> AttachmentCountAsync()
    {
        await using var scope = await fixture.Factory.TenantScopeAsync("Default");
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<XinxingPortal.Policies.Data.Attachment>().CountAsync();
    }
}
