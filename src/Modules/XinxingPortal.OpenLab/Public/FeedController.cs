using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Seo;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.OpenLab.Instruments;

namespace XinxingPortal.OpenLab.Public;

/// <summary>The Atom feed of published instruments, newest first.</summary>
[Route("openlab")]
internal sealed class FeedController(InstrumentQueries queries, ICultureLinks links, ISiteSettingsStore settings, IStringLocalizer<FeedController> t) : Controller
{
    [HttpGet("feed.atom")]
    public async Task<IActionResult> Atom(CancellationToken ct)
    {
        var culture = links.CurrentCulture;
        var instruments = await queries.Published().OrderByDescending(i => i.PublishedUtc).Take(50).ToListAsync(ct);
        var site = (await settings.GetAsync(ct)).SiteName;
        var header = new FeedHeader(links.Absolute(culture, "/openlab/feed.atom"), $"{t["Shared instruments"]} – {site}",
            links.Absolute(culture, "/openlab/feed.atom"), links.Absolute(culture, "/openlab"), site, culture);
        var entries = instruments.Select(i => new FeedEntry(links.Absolute("zh-CN", $"/openlab/instruments/{i.Slug}"), i.DisplayText,
            i.PublishedUtc ?? i.CreatedUtc, i.ModifiedUtc, links.Absolute(culture, $"/openlab/instruments/{i.Slug}"),
            string.Create(CultureInfo.InvariantCulture, $"{i.Model} · {i.Manufacturer} · {i.Unit}. {i.Functions}")));
        return File(AtomFeed.Write(header, entries), "application/atom+xml; charset=utf-8");
    }
}
