using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Home;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.TechTransfer.Challenges;
using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Public;

namespace XinxingPortal.TechTransfer.Home;

/// <summary>The newest approved research outcomes (Listings feature). Listings are written in Chinese, so every culture shows them.</summary>
internal sealed class NewestOutcomesBlock(MarketQueries queries, IMediaLibrary media, IStringLocalizer<NewestOutcomesBlock> t) : IHomeBlockSource
{
    public string BlockType => "techtransfer.outcomes";
    public string FeatureId => TechTransferFeature.Listings;
    public string DisplayName => "Newest research outcomes";
    public IReadOnlyList<string> Filters => [];

    public async Task<HomeBlockContent?> LoadAsync(HomeBlockQuery query, CancellationToken ct)
    {
        var outcomes = await queries.Outcomes().OrderByDescending(o => o.PublishedUtc).ThenBy(o => o.Id).Take(query.Count).ToListAsync(ct);
        var images = (await media.GetManyAsync(outcomes.Select(o => o.ImageIds.FirstOrDefault()).OfType<string>().Distinct(), ct)).ToDictionary(i => i.Id);
        return new HomeBlockContent(t["Research outcomes"], "/techtransfer/outcomes",
            [.. outcomes.Select(o => new HomeCard(o.Title, "/techtransfer/outcomes/" + o.Id)
            {
                Date = o.PublishedUtc is { } p ? BeijingTime.DateOf(p) : null,
                Kind = t[MarketLabels.Of(o.Field)],
                Image = o.ImageIds.FirstOrDefault() is { } id ? images.GetValueOrDefault(id) : null,
                Note = o.Holder,
            })]);
    }
}

/// <summary>The newest approved technology demands still valid today (Listings feature).</summary>
internal sealed class NewestDemandsBlock(MarketQueries queries, IStringLocalizer<NewestDemandsBlock> t) : IHomeBlockSource
{
    public string BlockType => "techtransfer.demands";
    public string FeatureId => TechTransferFeature.Listings;
    public string DisplayName => "Newest technology demands";
    public IReadOnlyList<string> Filters => [];

    public async Task<HomeBlockContent?> LoadAsync(HomeBlockQuery query, CancellationToken ct)
    {
        var demands = await queries.Demands().OrderByDescending(d => d.PublishedUtc).ThenBy(d => d.Id).Take(query.Count).ToListAsync(ct);
        return new HomeBlockContent(t["Technology demands"], "/techtransfer/demands",
            [.. demands.Select(d => new HomeCard(d.Title, "/techtransfer/demands/" + d.Id)
            {
                Date = d.PublishedUtc is { } p ? BeijingTime.DateOf(p) : null,
                Kind = t[MarketLabels.Of(d.Field)],
                Note = t["Valid until {0}", BeijingTime.Date(d.ValidUntil)],
            })]);
    }
}

/// <summary>揭榜挂帅 challenges still taking applications, nearest deadline first (Challenges feature).</summary>
internal sealed class OpenChallengesBlock(ChallengeQueries queries, TimeProvider time, IStringLocalizer<OpenChallengesBlock> t) : IHomeBlockSource
{
    public string BlockType => "techtransfer.challenges";
    public string FeatureId => TechTransferFeature.Challenges;
    public string DisplayName => "Open 揭榜挂帅 challenges";
    public IReadOnlyList<string> Filters => [];

    public async Task<HomeBlockContent?> LoadAsync(HomeBlockQuery query, CancellationToken ct)
    {
        var today = time.BeijingToday();
        var open = await queries.Published().Where(c => c.AnnouncedUtc == null && c.Deadline >= today)
            .OrderBy(c => c.Deadline).ThenBy(c => c.Id).Take(query.Count).ToListAsync(ct);
        return new HomeBlockContent(t["揭榜挂帅 challenges"], "/techtransfer/challenges",
            [.. open.Select(c => new HomeCard(c.Title, "/techtransfer/challenges/" + c.Id)
            {
                // The deadline is the date that matters, so it is labelled rather than shown as a bare date.
                Kind = t[MarketLabels.Of(c.Field)],
                Note = t["Deadline: {0}", BeijingTime.Date(c.Deadline)],
            })]);
    }
}
