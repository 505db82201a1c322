using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.TechTransfer.Public;

/// <summary>The public list and pages of approved outcomes; contact details only for verified organisations and staff.</summary>
[RequireFeature(TechTransferFeature.Listings)]
[Route("techtransfer/outcomes")]
internal sealed class OutcomesController(MarketQueries queries, IPortalDb db, MarketAccess access, IMediaLibrary media, PrivateFiles files) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(MarketFilter filter, CancellationToken ct) => View(await queries.OutcomesAsync(filter, ct));

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken ct)
    {
        var outcome = await queries.Outcomes().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (outcome is null)
        {
            return NotFound();
        }

        var attachments = await db.Set<Attachment>().AsNoTracking().Where(a => a.OwnerKind == ListingKind.Outcome && a.OwnerId == id).ToListAsync(ct);
        return View(new OutcomePage(
            new OutcomeFacts(outcome, await access.CanSeeContactsAsync(ct), attachments),
            await media.GetManyAsync(outcome.ImageIds, ct),
            await queries.StatusAsync(ListingKind.Outcome, id, ct)));
    }

    /// <summary>An approved outcome's attachment; anything else is not found.</summary>
    [HttpGet("{id}/files/{fileId}")]
    public async Task<IActionResult> File(string id, string fileId, CancellationToken ct)
    {
        var approved = await queries.Outcomes().AnyAsync(o => o.Id == id, ct);
        var attachment = approved
            ? await db.Set<Attachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == fileId && a.OwnerKind == ListingKind.Outcome && a.OwnerId == id, ct)
            : null;
        if (attachment is null || files.Open(attachment.Id) is not { } stream)
        {
            return NotFound();
        }

        return File(stream, attachment.ContentType, attachment.FileName);
    }
}

internal sealed record OutcomeFacts(Outcome Outcome, bool ShowContacts, IReadOnlyList<Attachment> Attachments);

/// <summary>An outcome's public page: its facts, its images and how the market has treated it so far.</summary>
internal sealed record OutcomePage(OutcomeFacts Facts, IReadOnlyList<XinxingPortal.Abstractions.Media.MediaImage> Images, MarketStatus Status);

internal sealed record ContactFacts(bool Show, string Name, string Phone, string Email);
