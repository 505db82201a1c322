using XinxingPortal.Abstractions.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.TechTransfer.Challenges.Applying;

/// <summary>
/// 揭榜: a verified organisation applies to a published challenge. Anyone else is sent to sign in, or told how
/// to register and get verified.
/// </summary>
[RequireFeature(TechTransferFeature.Challenges)]
[Route("techtransfer/challenges/{id}/apply")]
internal sealed class ApplyController(
    ChallengeQueries queries, ApplicationDesk desk, IPortalDb db, MarketAccess access, ICultureLinks links, IStringLocalizer<ApplyController> t) : Controller
{
    private const long MaxRequest = ApplicationDesk.MaxFiles * PrivateFiles.MaxBytes + 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Form(string id, CancellationToken ct)
    {
        var challenge = await queries.PublishedAsync(id, ct);
        if (challenge is null)
        {
            return NotFound();
        }

        if (await GateAsync(challenge, ct) is { } refused)
        {
            return refused;
        }

        var organisation = (await access.VerifiedOrganisationAsync(ct))!;
        var existing = await desk.OfAsync(challenge.Id, organisation.Id, ct);
        var input = existing is null
            ? new ApplicationInput()
            : new ApplicationInput { TeamName = existing.TeamName, Leader = existing.Leader, Plan = existing.Plan };
        return await PageAsync(challenge, existing, input, ct);
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.PublicForms)]
    [RequestSizeLimit(MaxRequest)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequest)]
    public async Task<IActionResult> Form(string id, ApplicationInput input, CancellationToken ct)
    {
        var challenge = await queries.PublishedAsync(id, ct);
        if (challenge is null)
        {
            return NotFound();
        }

        if (await GateAsync(challenge, ct) is { } refused)
        {
            return refused;
        }

        var organisation = (await access.VerifiedOrganisationAsync(ct))!;
        var (ready, problems) = await desk.PrepareAsync(challenge, organisation, input, ct);
        foreach (var p in problems)
        {
            ModelState.AddModelError(p.Field, p.File is null ? t[p.Message] : t["{0}: {1}", p.File, t[p.Message]]);
        }

        if (ready is not null && ModelState.IsValid)
        {
            try
            {
                await desk.SaveAsync(ready, input, access.UserId, access.UserName, ct);
                await db.SaveChangesAsync(ct);
            }
            catch (Microsoft.EntityFrameworkCore.DbUpdateException)
            {
                // A second submit raced this one past the check; the unique index kept the first.
                TempData["Error"] = t["Your organisation has already applied to this challenge."].Value;
                return Redirect(links.Link(links.CurrentCulture, "/techtransfer/my/applications"));
            }

            TempData["Message"] = t["Your application was sent. The bureau reviews it and you will be told by email."].Value;
            return Redirect(links.Link(links.CurrentCulture, "/techtransfer/my/applications"));
        }

        return await PageAsync(challenge, await desk.OfAsync(challenge.Id, organisation.Id, ct), input, ct);
    }

    /// <summary>Anonymous visitors sign in first; signed-in users without a verified organisation get the explanation.</summary>
    private async Task<IActionResult?> GateAsync(Challenge challenge, CancellationToken ct)
    {
        if (access.UserId is null)
        {
            return Challenge();
        }

        if (await access.VerifiedOrganisationAsync(ct) is not null)
        {
            return null;
        }

        var explanation = View("~/Views/Challenges/NotVerified.cshtml", new NotVerifiedPage(challenge, await access.OrganisationAsync(ct)));
        explanation.StatusCode = StatusCodes.Status403Forbidden;
        return explanation;
    }

    private async Task<IActionResult> PageAsync(Challenge challenge, ChallengeApplication? existing, ApplicationInput input, CancellationToken ct)
    {
        var attached = existing is null ? [] : await desk.AttachmentsAsync(existing.Id, ct);
        return View("~/Views/Challenges/Apply.cshtml", new ApplyPage(challenge, existing, attached, desk.Refusal(challenge, existing), input));
    }
}

internal sealed record ApplyPage(
    Challenge Challenge, ChallengeApplication? Existing, IReadOnlyList<Attachment> Attachments, string? Refusal, ApplicationInput Input);

internal sealed record NotVerifiedPage(Challenge Challenge, Organisation? Organisation);
