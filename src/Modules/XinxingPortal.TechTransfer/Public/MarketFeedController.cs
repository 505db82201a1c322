using Microsoft.AspNetCore.Mvc;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Seo;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Abstractions.Tenants;

namespace XinxingPortal.TechTransfer.Public;

/// <summary>What the market's Atom feeds share; each feed lives with its feature (listings, challenges).</summary>
internal abstract class MarketFeedController(ICultureLinks links, ISiteSettingsStore settings, ITenantContext tenant) : Controller
{
    protected const int Entries = 30;

    protected FeedEntry Entry(string kind, string id, string title, DateTime? published, DateTime updated, string path, string text) =>
        new($"tag:{TagHost},2026:{tenant.Name}:{kind}:{id}", title, published ?? updated, updated, links.Absolute(links.CurrentCulture, path),
            text.Length > 300 ? text[..300] + "…" : text);

    /// <summary>Ids and links name the tenant's configured origin, never the request's Host header.</summary>
    private string TagHost => new Uri(links.Absolute(links.CurrentCulture, "/")).Host;

    protected async Task<IActionResult> FeedAsync(string name, string title, IEnumerable<FeedEntry> entries, CancellationToken ct)
    {
        var site = await settings.GetAsync(ct);
        var header = new FeedHeader(
            $"tag:{TagHost},2026:{tenant.Name}:{name}:{links.CurrentCulture}", $"{site.SiteName} · {title}",
            links.Absolute(links.CurrentCulture, $"/techtransfer/{name}.atom"), links.Absolute(links.CurrentCulture, $"/techtransfer/{name}"),
            site.Sponsor.Length > 0 ? site.Sponsor : site.SiteName, links.CurrentCulture);
        return File(AtomFeed.Write(header, entries), "application/atom+xml; charset=utf-8");
    }
}
