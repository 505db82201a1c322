using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Seo;
using XinxingPortal.Outreach.Data;

namespace XinxingPortal.Outreach;

internal sealed class OutreachSitemap(IPortalDb db) : ISitemapSource
{
    public string FeatureId => OutreachFeature.Id;

    public async Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken ct)
    {
        var venues = await db.Set<Venue>().AsNoTracking().Where(v => v.Published).Select(v => new { v.Slug, v.Culture, v.ModifiedUtc }).ToListAsync(ct);
        var events = await db.Set<OutreachEvent>().AsNoTracking().Where(e => e.Published).Select(e => new { e.Slug, e.Culture, e.ModifiedUtc }).ToListAsync(ct);
        return venues.Select(v => new SitemapEntry("/venues/" + v.Slug, v.Culture, v.ModifiedUtc))
            .Concat(events.Select(e => new SitemapEntry("/events/" + e.Slug, e.Culture, e.ModifiedUtc)))
            .ToList();
    }
}
