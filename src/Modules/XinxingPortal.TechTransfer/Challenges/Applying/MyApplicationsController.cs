using XinxingPortal.Abstractions.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.TechTransfer.Challenges.Applying;

/// <summary>An organisation's own applications: where each stands, the reviewer's comment and every step so far.</summary>
[Authorize]
[RequireFeature(TechTransferFeature.Challenges)]
[Route("techtransfer/my/applications")]
internal sealed class MyApplicationsController(IPortalDb db, MarketAccess access, IWorkflow workflow, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var organisation = await access.OrganisationAsync(ct);
        if (organisation is null)
        {
            return View("~/Views/Challenges/MyApplications.cshtml", new MyApplicationsPage(null, [], time));
        }

        var applications = await db.Set<ChallengeApplication>().AsNoTracking()
            .Where(a => a.OrganisationId == organisation.Id).OrderByDescending(a => a.CreatedUtc).ToListAsync(ct);
        var ids = applications.Select(a => a.Id).ToList();
        var challengeIds = applications.Select(a => a.ChallengeId).Distinct().ToList();
        var challenges = await db.Set<Challenge>().AsNoTracking().Where(c => challengeIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var history = await workflow.HistoriesAsync(nameof(ChallengeApplication), ids, ct);
        var rows = applications.Where(a => challenges.ContainsKey(a.ChallengeId))
            .Select(a => new MyApplication(a, challenges[a.ChallengeId], history[a.Id].ToList())).ToList();
        return View("~/Views/Challenges/MyApplications.cshtml", new MyApplicationsPage(organisation, rows, time));
    }
}

internal sealed record MyApplication(ChallengeApplication Application, Challenge Challenge, IReadOnlyList<WorkflowStep> History);

internal sealed record MyApplicationsPage(Organisation? Organisation, IReadOnlyList<MyApplication> Applications, TimeProvider Time)
{
    /// <summary>A returned application can be corrected and sent again until the challenge's deadline.</summary>
    public bool CanEdit(MyApplication a) => a.Application.Status == ReviewState.Returned && a.Challenge.Published && a.Challenge.TakesApplications(Time);
}
