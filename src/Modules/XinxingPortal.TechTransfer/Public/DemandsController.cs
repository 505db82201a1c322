using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Equipment;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.TechTransfer.Public;

/// <summary>The public list and pages of current, approved technology demands.</summary>
[RequireFeature(TechTransferFeature.Listings)]
[Route("techtransfer/demands")]
internal sealed class DemandsController(MarketQueries queries, MarketAccess access, IEnumerable<IInstrumentFinder> finders) : Controller
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

        var mayMatch = (await access.OrganisationAsync(ct))?.Id == demand.OrganisationId || await access.IsStaffAsync();
        return View(new DemandPage(
            new DemandFacts(demand, await access.CanSeeContactsAsync(ct)), mayMatch,
            await queries.StatusAsync(XinxingPortal.TechTransfer.Moderation.ListingKind.Demand, id, ct), await InstrumentsAsync(demand, ct)));
    }

    /// <summary>A 设备 demand lists the shared instruments that may serve it, where the instrument module is on.</summary>
    private async Task<IReadOnlyList<InstrumentMatch>> InstrumentsAsync(Demand demand, CancellationToken ct)
    {
        if (demand.Type != Listings.DemandType.Equipment)
        {
            return [];
        }

        var found = new List<InstrumentMatch>();
        foreach (var finder in finders)
        {
            found.AddRange(await finder.FindAsync(demand.Title + "\n" + demand.Description, 5, ct));
        }

        return found;
    }
}

internal sealed record DemandFacts(Demand Demand, bool ShowContacts);

/// <summary>A demand's public page; its poster and staff also get the link to the matching outcomes.</summary>
internal sealed record DemandPage(DemandFacts Facts, bool MayOpenMatches, MarketStatus Status, IReadOnlyList<InstrumentMatch> Instruments);
