using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Organisations;

/// <summary>Bureau staff check each registration against its licence and verify or reject it with a reason.</summary>
[Route("admin/techtransfer/organisations")]
[RequirePermission(Permissions.Moderate)]
internal sealed class OrganisationsAdminController(
    IPortalDb db, PrivateFiles files, MarketMail mail, IAuditLog audit, TimeProvider time, IStringLocalizer<OrganisationsAdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(VerificationStatus? status, CancellationToken ct)
    {
        var query = db.Set<Organisation>().AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(o => o.Status == s);
        }

        var organisations = await query.OrderBy(o => o.Status == VerificationStatus.Pending ? 0 : 1).ThenByDescending(o => o.CreatedUtc).Take(200).ToListAsync(ct);
        return View(new OrganisationsPage(organisations, status));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken ct) =>
        await db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct) is { } o ? View(o) : NotFound();

    [HttpGet("{id}/licence")]
    public async Task<IActionResult> Licence(string id, CancellationToken ct)
    {
        var o = await db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o?.LicenceFile is not { } file || files.Open(file) is not { } stream)
        {
            return NotFound();
        }

        Response.Headers.ContentDisposition = "inline";
        return File(stream, o.LicenceContentType ?? "application/octet-stream");
    }

    [HttpPost("{id}/decide")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Decide(string id, bool verify, string? reason, CancellationToken ct)
    {
        var o = await db.Set<Organisation>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null)
        {
            return NotFound();
        }

        reason = reason?.Trim();
        if (!verify && string.IsNullOrEmpty(reason))
        {
            TempData["Error"] = t["Give the reason for rejecting; the organisation sees it."].Value;
            return RedirectToAction(nameof(Show), new { id });
        }

        if (!verify && PlainTextAttribute.ContainsMarkup(reason))
        {
            TempData["Error"] = t["Use plain text: tags such as <b> or <script> are not allowed."].Value;
            return RedirectToAction(nameof(Show), new { id });
        }

        o.Status = verify ? VerificationStatus.Verified : VerificationStatus.Rejected;
        o.RejectionReason = verify ? null : reason;
        o.ReviewedUtc = time.GetUtcNow().UtcDateTime;
        o.ReviewedBy = User.Identity?.Name;
        audit.Record(verify ? "TechTransfer.Organisation.Verified" : "TechTransfer.Organisation.Rejected", $"{o.Name} ({o.CreditCode})", reason);
        mail.OrganisationReviewed(o);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = (verify ? t["{0} is verified.", o.Name] : t["{0} is rejected.", o.Name]).Value;
        return RedirectToAction(nameof(Index));
    }
}

/// <summary>The register as staff see it, filtered by verification status when one is chosen.</summary>
internal sealed record OrganisationsPage(IReadOnlyList<Organisation> Organisations, VerificationStatus? Status);
