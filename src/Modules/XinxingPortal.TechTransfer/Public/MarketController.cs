using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Tenants;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Public;

/// <summary>The market's front page: the ways in, and the newest outcomes and demands while that feature is on.</summary>
[Route("techtransfer")]
internal sealed class MarketController(MarketQueries queries, ITenantContext tenant) : Controller
{
    private const int Newest = 5;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(!tenant.IsFeatureEnabled(TechTransferFeature.Listings) ? null : new MarketFront(
        await queries.Outcomes().OrderByDescending(o => o.PublishedUtc).Take(Newest).ToListAsync(ct),
        await queries.Demands().OrderByDescending(d => d.PublishedUtc).Take(Newest).ToListAsync(ct),
        await queries.Outcomes().CountAsync(ct),
        await queries.Demands().CountAsync(ct)));
}

internal sealed record MarketFront(IReadOnlyList<Outcome> Outcomes, IReadOnlyList<Demand> Demands, int OutcomeCount, int DemandCount);
