using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Abstractions.Tenants;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.TechTransfer.Challenges;
using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Public;

/// <summary>Atom feeds of newly approved outcomes and demands.</summary>
[Route("techtransfer")]
[RequireFeature(TechTransferFeature.Listings)]
internal sealed class FeedsController(
    MarketQueries queries, ICultureLinks links, ISiteSettingsStore settings, ITenantContext tenant, IStringLocalizer<FeedsController> t)
    : MarketFeedController(links, settings, tenant)
{
    [HttpGet("outcomes.atom")]
    public async Task<IActionResult> Outcomes(CancellationToken ct)
    {
        var items = await queries.Outcomes().OrderByDescending(o => o.PublishedUtc).Take(Entries).ToListAsync(ct);
        return await FeedAsync("outcomes", t["Research outcomes"],
            items.Select(o => Entry("outcome", o.Id, o.Title, o.PublishedUtc, o.UpdatedUtc, "/techtransfer/outcomes/" + o.Id, o.Summary)), ct);
    }

    [HttpGet("demands.atom")]
    public async Task<IActionResult> Demands(CancellationToken ct)
    {
        var items = await queries.Demands().OrderByDescending(d => d.PublishedUtc).Take(Entries).ToListAsync(ct);
        return await FeedAsync("demands", t["Technology demands"],
            items.Select(d => Entry("demand", d.Id, d.Title, d.PublishedUtc, d.UpdatedUtc, "/techtransfer/demands/" + d.Id, d.Description)), ct);
    }
}
