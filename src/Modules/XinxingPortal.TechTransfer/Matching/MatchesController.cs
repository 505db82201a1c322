using XinxingPortal.Abstractions.Seo;
using XinxingPortal.Abstractions.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Organisations;
using XinxingPortal.TechTransfer.Public;

namespace XinxingPortal.TechTransfer.Matching;

/// <summary>The outcomes that fit a demand, ranked, each with the reasons it fits. For the demand's poster and bureau staff.</summary>
[Authorize]
[RequireFeature(TechTransferFeature.Matching)]
[Route("techtransfer/demands/{id}/matches")]
internal sealed class MatchesController(IPortalDb db, MarketQueries queries, MarketAccess access, MatchEngine engine) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string id, CancellationToken ct)
    {
        var demand = await db.Set<Demand>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.Status != ReviewState.Rejected, ct);
        var mine = demand is not null && (await access.OrganisationAsync(ct))?.Id == demand.OrganisationId;
        if (demand is null || !(mine || await access.IsStaffAsync()))
        {
            return NotFound();
        }

        var outcomes = await queries.Outcomes().Where(o => o.OrganisationId != demand.OrganisationId).ToListAsync(ct);
        var ranked = engine.Rank(demand.ForMatching(), outcomes.Select(o => o.ForMatching()));
        var byId = outcomes.ToDictionary(o => o.Id);
        HttpContext.PageHead().NoIndex();
        return View(new MatchPage(demand, [.. ranked.Select(r => (byId[r.CandidateId], r))]));
    }
}

internal sealed record MatchPage(Demand Demand, IReadOnlyList<(Outcome Outcome, MatchResult Result)> Matches);
