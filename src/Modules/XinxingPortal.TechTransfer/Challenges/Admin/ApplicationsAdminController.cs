using XinxingPortal.Abstractions.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Challenges.Admin;

/// <summary>A challenge's applications: review each (通过 / 退回整改 / 拒绝), shortlist approved ones, announce the winner.</summary>
[RequireFeature(TechTransferFeature.Challenges)]
[Route("admin/techtransfer/challenges/{id}/applications")]
[RequirePermission(Permissions.ManageChallenges)]
internal sealed class ApplicationsAdminController(
    IPortalDb db, ModerationDesk moderation, IWorkflow workflow, WinnerAnnouncement announcement, TimeProvider time, IStringLocalizer<ApplicationsAdminController> t)
    : Controller
{
    private const string Views = "~/Views/ChallengesAdmin/";

    private string UserName => User.Identity?.Name ?? "";

    [HttpGet("")]
    public async Task<IActionResult> Index(string id, CancellationToken ct)
    {
        var challenge = await db.Set<Challenge>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return challenge is null ? NotFound() : await ListAsync(challenge, new AnnouncementInput(), ct);
    }

    [HttpGet("{applicationId}")]
    public async Task<IActionResult> Show(string id, string applicationId, CancellationToken ct)
    {
        var (challenge, application) = await FindAsync(id, applicationId, ct);
        if (challenge is null || application is null)
        {
            return NotFound();
        }

        var organisation = await db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == application.OrganisationId, ct);
        var attachments = await db.Set<Attachment>().AsNoTracking()
            .Where(a => a.OwnerKind == ListingKind.Application && a.OwnerId == application.Id).OrderBy(a => a.UploadedUtc).ToListAsync(ct);
        var history = (await workflow.HistoryAsync(nameof(ChallengeApplication), application.Id, ct)).Reverse().ToList();
        return View(Views + "Application.cshtml", new ApplicationAdminPage(challenge, application, organisation, attachments, history));
    }

    [HttpPost("{applicationId}/decide")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Decide(string id, string applicationId, ReviewDecision? decision, string? comment, CancellationToken ct)
    {
        var (challenge, application) = await FindAsync(id, applicationId, ct);
        if (challenge is null || application is null)
        {
            return NotFound();
        }

        var problem = PlainTextAttribute.ContainsMarkup(comment) ? PlainTextAttribute.Message
            : await moderation.DecideAsync(application, ListingKind.Application, decision, comment, UserName, ct);
        return await DoneAsync(problem, "The decision was recorded and the applicant was told by email.", id, applicationId, ct);
    }

    [HttpPost("{applicationId}/shortlist")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Shortlist(string id, string applicationId, bool shortlisted, CancellationToken ct)
    {
        var (challenge, application) = await FindAsync(id, applicationId, ct);
        if (challenge is null || application is null)
        {
            return NotFound();
        }

        var problem = announcement.Shortlist(challenge, application, shortlisted, UserName);
        return await DoneAsync(problem, shortlisted ? "The application is on the shortlist." : "The application was taken off the shortlist.", id, null, ct);
    }

    [HttpPost("/admin/techtransfer/challenges/{id}/announce")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Announce(string id, AnnouncementInput input, CancellationToken ct)
    {
        var challenge = await db.Set<Challenge>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (challenge is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await ListAsync(challenge, input, ct);
        }

        var problem = await announcement.AnnounceAsync(challenge, input, UserName, ct);
        if (problem is not null)
        {
            ModelState.AddModelError("", t[problem]);
            return await ListAsync(challenge, input, ct);
        }

        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["The winner is announced publicly, and the shortlisted applicants were told by email."].Value;
        return RedirectToAction(nameof(Index), new { id });
    }

    private async Task<IActionResult> DoneAsync(string? problem, string message, string id, string? applicationId, CancellationToken ct)
    {
        if (problem is null)
        {
            await db.SaveChangesAsync(ct);
            TempData["Message"] = t[message].Value;
        }
        else
        {
            TempData["Error"] = t[problem].Value;
        }

        return applicationId is null ? RedirectToAction(nameof(Index), new { id }) : RedirectToAction(nameof(Show), new { id, applicationId });
    }

    private async Task<(Challenge?, ChallengeApplication?)> FindAsync(string id, string applicationId, CancellationToken ct)
    {
        var challenge = await db.Set<Challenge>().FirstOrDefaultAsync(c => c.Id == id, ct);
        var application = challenge is null ? null
            : await db.Set<ChallengeApplication>().FirstOrDefaultAsync(a => a.Id == applicationId && a.ChallengeId == challenge.Id, ct);
        return (challenge, application);
    }

    private async Task<IActionResult> ListAsync(Challenge challenge, AnnouncementInput input, CancellationToken ct)
    {
        var applications = await db.Set<ChallengeApplication>().AsNoTracking()
            .Where(a => a.ChallengeId == challenge.Id).OrderBy(a => a.CreatedUtc).ToListAsync(ct);
        var organisationIds = applications.Select(a => a.OrganisationId).Distinct().ToList();
        var names = await db.Set<Organisation>().AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return View(Views + "Applications.cshtml", new ApplicationsAdminPage(challenge, applications, names, challenge.PhaseOf(time), input));
    }
}

internal sealed record ApplicationsAdminPage(
    Challenge Challenge, IReadOnlyList<ChallengeApplication> Applications, IReadOnlyDictionary<string, string> OrganisationNames,
    ChallengePhase Phase, AnnouncementInput Announcement)
{
    public bool CanAnnounce => Phase == ChallengePhase.Closed && Challenge.Published && Applications.Any(a => a.Shortlisted && a.Status == ReviewState.Published);
}

internal sealed record ApplicationAdminPage(
    Challenge Challenge, ChallengeApplication Application, Organisation? Organisation, IReadOnlyList<Attachment> Attachments, IReadOnlyList<WorkflowStep> History);
