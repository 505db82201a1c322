using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Seo;
using XinxingPortal.OpenLab.Instruments;

namespace XinxingPortal.OpenLab;

internal sealed class OpenLabSitemap(InstrumentQueries queries) : ISitemapSource
{
    public string FeatureId => OpenLabFeature.Id;

    public async Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken ct)
    {
        var instruments = await queries.Published().Select(i => new { i.Slug, i.Culture, i.ModifiedUtc }).ToListAsync(ct);
        var entries = instruments.Select(i => new SitemapEntry($"/openlab/instruments/{i.Slug}", i.Culture, i.ModifiedUtc)).ToList();
        if (instruments.Count > 0)
        {
            entries.Insert(0, new SitemapEntry("/openlab", "zh-CN", instruments.Max(i => i.ModifiedUtc)));
        }

        return entries;
    }
}
