using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Files;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Organisations;

/// <summary>
/// 企业/事业单位 self-registration: the account, the organisation and its licence in one step. The organisation
/// waits for the bureau's verification before it can post.
/// </summary>
[Route("techtransfer/join")]
internal sealed class JoinController(
    IPortalDb db, IPortalAccounts accounts, PrivateFiles files, MarketAccess access, MarketMail mail, ICultureLinks links, TimeProvider time, IStringLocalizer<JoinController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        await access.OrganisationAsync(ct) is not null ? Redirect(links.Link(links.CurrentCulture, "/techtransfer/my")) : View(new JoinInput());

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.PublicForms)]
    [RequestSizeLimit(PrivateFiles.MaxBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = PrivateFiles.MaxBytes + 1024 * 1024)]
    public async Task<IActionResult> Index(JoinInput input, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            ModelState.AddModelError("", t["You are signed in. Sign out to register a new organisation."]);
            return View(input);
        }

        input.CreditCode = CreditCode.Normalise(input.CreditCode);
        if (CreditCode.Problem(input.CreditCode) is { } problem)
        {
            ModelState.AddModelError(nameof(input.CreditCode), t[problem]);
        }
        else if (await db.Set<Organisation>().AnyAsync(o => o.CreditCode == input.CreditCode, ct))
        {
            ModelState.AddModelError(nameof(input.CreditCode), t[AlreadyRegistered]);
        }

        var licence = await ReadLicenceAsync(input, ct);
        if (!ModelState.IsValid || licence is null)
        {
            return View(input);
        }

        var organisation = await RegisterAsync(input, licence.Value, ct);
        if (organisation is null)
        {
            return View(input);
        }

        await accounts.SignInAsync(organisation.UserId!);
        TempData["Message"] = t["Your organisation is registered. The bureau will check it and tell you by email."].Value;
        return Redirect(links.Link(links.CurrentCulture, "/techtransfer/my"));
    }

    private const string AlreadyRegistered = "An organisation with this unified social credit code is already registered.";

    private async Task<(byte[] Data, FileKind Kind)?> ReadLicenceAsync(JoinInput input, CancellationToken ct)
    {
        if (input.Licence is not { Length: > 0 } upload)
        {
            ModelState.AddModelError(nameof(input.Licence), t["Upload a photo or scan of the business licence or legal-person certificate."]);
            return null;
        }

        var licence = await files.InspectAsync(upload, upload.FileName, PrivateFiles.Licence, ct);
        if (licence.Kind is not { } kind)
        {
            ModelState.AddModelError(nameof(input.Licence), t[licence.Problem!]);
            return null;
        }

        return (licence.Content, kind);
    }

    /// <summary>Creates the account and the organisation together; the licence file is written only once both are saved.</summary>
    private async Task<Organisation?> RegisterAsync(JoinInput input, (byte[] Data, FileKind Kind) licence, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await accounts.CreateAsync(input.UserName, input.ContactEmail, input.Password, PortalRoles.Enterprise, ct);
        if (!created.Succeeded)
        {
            foreach (var (field, message) in created.Problems)
            {
                ModelState.AddModelError(field, t[message]);
            }

            return null;
        }

        var organisation = new Organisation
        {
            Id = Guid.NewGuid().ToString("n"), UserId = created.UserId, Kind = input.Kind, Name = input.Name.Trim(), CreditCode = input.CreditCode,
            ContactName = input.ContactName.Trim(), ContactMobile = input.ContactMobile, ContactEmail = input.ContactEmail.Trim(),
            Culture = links.CurrentCulture, Status = VerificationStatus.Pending, CreatedUtc = time.GetUtcNow().UtcDateTime,
            LicenceContentType = licence.Kind.ContentType(),
        };
        organisation.LicenceFile = organisation.Id;
        db.Set<Organisation>().Add(organisation);
        await mail.StaffNoticeAsync("Organisation registration", organisation.Name, $"/admin/techtransfer/organisations/{organisation.Id}", ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two registrations of one code at once: the unique index lets one through.
            ModelState.AddModelError(nameof(input.CreditCode), t[AlreadyRegistered]);
            return null;
        }

        await files.SaveAsync(organisation.LicenceFile, licence.Data, ct);
        await transaction.CommitAsync(ct);
        return organisation;
    }
}
