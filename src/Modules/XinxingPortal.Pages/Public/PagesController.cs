using XinxingPortal.Abstractions.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Pages.Data;

namespace XinxingPortal.Pages.Public;

[Route("pages")]
internal sealed class PagesController(IPortalDb db, ICultureLinks links, ISiteSettingsStore settings) : Controller
{
    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var culture = links.CurrentCulture;
        var page = await db.Set<Page>().AsNoTracking()
            .Where(p => p.Published && p.Culture == culture && p.Slug == slug)
            .Select(p => new { p.DisplayText, p.BodyHtml, p.LocalizationSet, p.PublishedUtc, p.ModifiedUtc })
            .FirstOrDefaultAsync(ct);
        if (page is null)
        {
            return NotFound();
        }

        var site = await settings.GetAsync(ct);
        var translations = await db.Set<Page>().AsNoTracking()
            .Where(p => p.Published && p.LocalizationSet == page.LocalizationSet)
            .Select(p => new { p.Culture, p.Slug })
            .ToListAsync(ct);
        HttpContext.PageHead().SetAlternates(translations.ToDictionary(t => t.Culture, t => links.Link(t.Culture, "/pages/" + t.Slug)));
        return View(new PageView(page.DisplayText, page.BodyHtml, HtmlText.Summary(page.BodyHtml), site.Sponsor, page.PublishedUtc, page.ModifiedUtc));
    }
}

internal sealed record PageView(string Title, string BodyHtml, string Summary, string Source, DateTime? PublishedUtc, DateTime ModifiedUtc);
