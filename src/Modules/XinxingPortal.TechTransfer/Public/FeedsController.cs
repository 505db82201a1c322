using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Seo;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Abstractions.Tenants;
using XinxingPortal.TechTransfer.Challenges;
using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Public;

/// <summary>Atom feeds of newly approved outcomes and demands, and of published 揭榜挂帅 challenges.</summary>
[Route("techtransfer")]
internal sealed class FeedsController(
    MarketQueries queries, ChallengeQueries challenges, ICultureLinks links, ISiteSettingsStore settings, ITenantContext tenant, IStringLocalizer<FeedsController> t) : Controller
{
    private const int Entries = 30;

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

    [HttpGet("challenges.atom")]
    public async Task<IActionResult> Challenges(CancellationToken ct)
    {
        var items = await challenges.Published().OrderByDescending(c => c.CreatedUtc).ThenBy(c => c.Id).Take(Entries).ToListAsync(ct);
        return await FeedAsync("challenges", t["揭榜挂帅 challenges"], items.Select(c => Entry("challenge", c.Id, c.Title, c.CreatedUtc, c.UpdatedUtc,
            "/techtransfer/challenges/" + c.Id,
            $"{c.Issuer} · {t["Funding: {0} ten thousand yuan", Money.Wan(c.FundingYuan)]} · {t["Deadline: {0}", MarketTime.Iso(c.Deadline)]}\n{c.Goal}")), ct);
    }

    private FeedEntry Entry(string kind, string id, string title, DateTime? published, DateTime updated, string path, string text) =>
        new($"tag:{TagHost},2026:{tenant.Name}:{kind}:{id}", title, published ?? updated, updated, links.Absolute(links.CurrentCulture, path),
            text.Length > 300 ? text[..300] + "…" : text);

    private string TagHost => new Uri(links.Absolute(links.CurrentCulture, "/")).Host;

    private async Task<IActionResult> FeedAsync(string name, string title, IEnumerable<FeedEntry> entries, CancellationToken ct)
    {
        var site = await settings.GetAsync(ct);
        var header = new FeedHeader(
            $"tag:{TagHost},2026:{tenant.Name}:{name}:{links.CurrentCulture}", $"{site.SiteName} · {title}",
            links.Absolute(links.CurrentCulture, $"/techtransfer/{name}.atom"), links.Absolute(links.CurrentCulture, $"/techtransfer/{name}"),
            site.Sponsor.Length > 0 ? site.Sponsor : site.SiteName, links.CurrentCulture);
        return File(AtomFeed.Write(header, entries), "application/atom+xml; charset=utf-8");
    }
}
