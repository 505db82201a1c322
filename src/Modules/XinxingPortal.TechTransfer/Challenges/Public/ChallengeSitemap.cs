using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Seo;

namespace XinxingPortal.TechTransfer.Challenges.Public;

/// <summary>Published 揭榜挂帅 challenges, written in Chinese like the listings.</summary>
internal sealed class ChallengeSitemap(ChallengeQueries queries) : ISitemapSource
{
    public string FeatureId => TechTransferFeature.Challenges;

    public async Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken ct)
    {
        var challenges = await queries.Published().Select(c => new { c.Id, c.UpdatedUtc }).ToListAsync(ct);
        return [.. challenges.Select(c => new SitemapEntry("/techtransfer/challenges/" + c.Id, "zh-CN", c.UpdatedUtc))];
    }
}
