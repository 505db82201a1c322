using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Seo;
using XinxingPortal.Pages.Data;

namespace XinxingPortal.Pages;

internal sealed class PagesSitemap(IPortalDb db) : ISitemapSource
{
    public string FeatureId => PagesFeature.Id;

    public async Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken ct) =>
        (await db.Set<Page>().AsNoTracking().Where(p => p.Published)
            .Select(p => new { p.Slug, p.Culture, p.ModifiedUtc }).ToListAsync(ct))
        .Select(p => new SitemapEntry("/pages/" + p.Slug, p.Culture, p.ModifiedUtc))
        .ToList();
}
