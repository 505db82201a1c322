using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.TechTransfer.Challenges.Applying;

/// <summary>
/// An application's attachments are private: only the applying organisation and bureau staff download them.
/// Everyone else gets "not found", so the address does not even confirm the file exists.
/// </summary>
[RequireFeature(TechTransferFeature.Challenges)]
[Route("techtransfer/applications/{id}/files/{fileId}")]
internal sealed class ApplicationFilesController(IPortalDb db, MarketAccess access, PrivateFiles files) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Download(string id, string fileId, CancellationToken ct)
    {
        if (access.UserId is null)
        {
            return Challenge();
        }

        var application = await db.Set<ChallengeApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        var attachment = application is null ? null : await db.Set<Attachment>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == fileId && a.OwnerKind == ListingKind.Application && a.OwnerId == application.Id, ct);
        if (application is null || attachment is null || !await MayReadAsync(application, ct))
        {
            return NotFound();
        }

        var stream = files.Open(attachment.Id);
        if (stream is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        // FileResult writes both filename= (ASCII fallback) and filename*=UTF-8'' (RFC 5987) for Chinese names.
        return File(stream, attachment.ContentType, attachment.FileName);
    }

    private async Task<bool> MayReadAsync(ChallengeApplication application, CancellationToken ct) =>
        (await access.OrganisationAsync(ct))?.Id == application.OrganisationId
        || await access.IsStaffAsync()
        || await access.CanManageChallengesAsync();
}
