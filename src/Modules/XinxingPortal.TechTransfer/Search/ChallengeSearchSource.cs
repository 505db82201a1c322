using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Search;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Search;

/// <summary>Published 揭榜挂帅 challenges for site search; applications and their attachments are never handed over.</summary>
internal sealed class ChallengeSearchSource(IPortalDb db, TimeProvider time, IStringLocalizer<ChallengeSearchSource> t) : ISearchSource
{
    public string FeatureId => TechTransferFeature.Challenges;

    public IReadOnlyCollection<string> ContentTypes { get; } = [nameof(Challenge)];

    public async Task<SearchDocument?> GetAsync(string contentType, string itemId, string culture, CancellationToken ct) =>
        culture == "zh-CN" && await db.Set<Challenge>().AsNoTracking().FirstOrDefaultAsync(c => c.Published && c.Id == itemId, ct) is { } c ? Map(c) : null;

    public async IAsyncEnumerable<SearchDocument> AllAsync(string culture, [EnumeratorCancellation] CancellationToken ct)
    {
        if (culture != "zh-CN")
        {
            yield break;
        }

        foreach (var challenge in await db.Set<Challenge>().AsNoTracking().Where(c => c.Published).ToListAsync(ct))
        {
            yield return Map(challenge);
        }
    }

    private SearchDocument Map(Challenge c) => new()
    {
        ContentType = nameof(Challenge),
        ItemId = c.Id,
        Culture = "zh-CN",
        Title = c.Title,
        Body = string.Join("\n", c.Issuer, t[MarketLabels.Of(c.Field)], c.Goal, c.Indicators, c.Period, c.Conditions, c.AnnouncementNote),
        Column = t["揭榜挂帅 challenges"],
        TypeName = t["Challenge"],
        Date = BeijingTime.DateOf(c.CreatedUtc),
        Url = "/techtransfer/challenges/" + c.Id,
        // Marked at indexing; a deadline passing records no change, so a later edit or a rebuild refreshes it.
        Notice = c.Deadline < time.BeijingToday() ? t["Closed"].Value : null,
    };
}
