using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.TechTransfer.Public;

/// <summary>The public list and pages of current, approved technology demands.</summary>
[RequireFeature(TechTransferFeature.Listings)]
[Route("techtransfer/demands")]
internal sealed class DemandsController(MarketQueries queries, MarketAccess access) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(MarketFilter filter, CancellationToken ct) => View(await queries.DemandsAsync(filter, ct));

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken ct)
    {
        var demand = await queries.Demands().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (demand is null)
        {
            return NotFound();
        }

        ViewData["Own"] = (await access.OrganisationAsync(ct))?.Id == demand.OrganisationId;
        ViewData["Staff"] = await access.IsStaffAsync();
        ViewData["MarketStatus"] = await queries.StatusAsync(XinxingPortal.TechTransfer.Moderation.ListingKind.Demand, id, ct);
        return View(new DemandFacts(demand, await access.CanSeeContactsAsync(ct)));
    }
}

internal sealed record DemandFacts(Demand Demand, bool ShowContacts);
