using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Files;
using XinxingPortal.Abstractions.Localization;

namespace XinxingPortal.TechTransfer.Organisations;

/// <summary>A rejected organisation corrects its details, uploads a new licence and waits for verification again.</summary>
[Authorize]
[Route("techtransfer/my/organisation")]
internal sealed class ResubmitController(
    IPortalDb db, MarketAccess access, PrivateFiles files, IAuditLog audit, ICultureLinks links, IStringLocalizer<ResubmitController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken ct) =>
        await access.OrganisationAsync(ct) is { Status: VerificationStatus.Rejected } o
            ? View(new ResubmitInput { Name = o.Name, ContactName = o.ContactName, ContactMobile = o.ContactMobile, ContactEmail = o.ContactEmail })
            : NotFound();

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(PrivateFiles.MaxBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = PrivateFiles.MaxBytes + 1024 * 1024)]
    public async Task<IActionResult> Edit(ResubmitInput input, CancellationToken ct)
    {
        if (await access.OrganisationAsync(ct) is not { Status: VerificationStatus.Rejected } organisation)
        {
            return NotFound();
        }

        FileInspection? licence = null;
        if (input.Licence is { Length: > 0 } upload)
        {
            licence = await files.InspectAsync(upload, upload.FileName, PrivateFiles.Licence, ct);
            if (licence.Problem is { } problem)
            {
                ModelState.AddModelError(nameof(input.Licence), t[problem]);
            }
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        organisation.Name = input.Name.Trim();
        organisation.ContactName = input.ContactName.Trim();
        organisation.ContactMobile = input.ContactMobile;
        organisation.ContactEmail = input.ContactEmail.Trim();
        organisation.Status = VerificationStatus.Pending;
        if (licence?.Kind is { } kind)
        {
            // A new name per upload: the old licence stays valid on disk until the row points elsewhere.
            organisation.LicenceFile = Guid.NewGuid().ToString("n");
            organisation.LicenceContentType = kind.ContentType();
            await files.SaveAsync(organisation.LicenceFile, licence.Content, ct);
        }

        audit.Record("TechTransfer.Organisation.Resubmitted", $"{organisation.Name} ({organisation.CreditCode})");
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["Sent again for verification. You will be told by email."].Value;
        return Redirect(links.Link(links.CurrentCulture, "/techtransfer/my"));
    }
}
