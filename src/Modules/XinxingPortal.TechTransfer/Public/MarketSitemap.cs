using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Seo;

namespace XinxingPortal.TechTransfer.Public;

/// <summary>Public outcomes and current demands; listings are written in one language, Chinese.</summary>
internal sealed class MarketSitemap(MarketQueries queries) : ISitemapSource
{
    private const string ListingCulture = "zh-CN";

    public string FeatureId => TechTransferFeature.Listings;

    public async Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken ct)
    {
        var outcomes = await queries.Outcomes().Select(o => new { o.Id, o.UpdatedUtc }).ToListAsync(ct);
        var demands = await queries.Demands().Select(d => new { d.Id, d.UpdatedUtc }).ToListAsync(ct);
        return [.. outcomes.Select(o => new SitemapEntry("/techtransfer/outcomes/" + o.Id, ListingCulture, o.UpdatedUtc))
            .Concat(demands.Select(d => new SitemapEntry("/techtransfer/demands/" + d.Id, ListingCulture, d.UpdatedUtc)))];
    }
}
