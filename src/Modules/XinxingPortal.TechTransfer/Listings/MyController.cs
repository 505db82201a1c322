using XinxingPortal.Abstractions.Seo;
using XinxingPortal.Abstractions.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.TechTransfer.Listings;

/// <summary>The poster's workspace: their organisation's standing and every listing with its review status and history.</summary>
[Authorize]
[Route("techtransfer/my")]
internal sealed class MyController(IPortalDb db, MarketAccess access, IWorkflow workflow) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var organisation = await access.OrganisationAsync(ct);
        if (organisation is null)
        {
            return View("NotVerified", null);
        }

        var outcomes = await db.Set<Outcome>().AsNoTracking().Where(o => o.OrganisationId == organisation.Id).OrderByDescending(o => o.UpdatedUtc).ToListAsync(ct);
        var demands = await db.Set<Demand>().AsNoTracking().Where(d => d.OrganisationId == organisation.Id).OrderByDescending(d => d.UpdatedUtc).ToListAsync(ct);
        var outcomeSteps = await workflow.HistoriesAsync(nameof(Outcome), [.. outcomes.Select(o => o.Id)], ct);
        var demandSteps = await workflow.HistoriesAsync(nameof(Demand), [.. demands.Select(d => d.Id)], ct);
        var history = outcomeSteps.Concat(demandSteps).SelectMany(g => g.Select(step => (g.Key, step))).ToLookup(x => x.Key, x => x.step);
        HttpContext.PageHead().NoIndex();
        return View(new Workspace(organisation, outcomes, demands, history));
    }
}

internal sealed record Workspace(Organisation Organisation, IReadOnlyList<Outcome> Outcomes, IReadOnlyList<Demand> Demands, ILookup<string, WorkflowStep> History);

internal sealed record MyListing(ListingKind Kind, Listing Listing, string Title, IReadOnlyList<WorkflowStep> History);
