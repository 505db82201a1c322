using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Seo;
using XinxingPortal.Policies.Data;

namespace XinxingPortal.Policies;

internal sealed class PoliciesSitemap(IPortalDb db) : ISitemapSource
{
    public string FeatureId => PoliciesFeature.Id;

    public async Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken ct) =>
        (await db.Set<PolicyDocument>().AsNoTracking().Where(d => d.Published)
            .Select(d => new { d.Slug, d.Culture, d.ModifiedUtc }).ToListAsync(ct))
        .Select(d => new SitemapEntry("/policies/" + d.Slug, d.Culture, d.ModifiedUtc))
        .ToList();
}
