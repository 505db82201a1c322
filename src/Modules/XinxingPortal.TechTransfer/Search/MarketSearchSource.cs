using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Search;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Search;

/// <summary>
/// Approved outcomes and demands for site search: only what the public pages show. Contact people, phone numbers,
/// email addresses, attachments and 意向洽谈 threads are never handed to search. Listings are written in Chinese.
/// </summary>
internal sealed class MarketSearchSource(IPortalDb db, IStringLocalizer<MarketSearchSource> t) : ISearchSource
{
    public string FeatureId => TechTransferFeature.Listings;

    public IReadOnlyCollection<string> ContentTypes { get; } = [nameof(Outcome), nameof(Demand)];

    public async Task<SearchDocument?> GetAsync(string contentType, string itemId, string culture, CancellationToken ct) => (contentType, culture) switch
    {
        (nameof(Outcome), "zh-CN") => await Outcomes().FirstOrDefaultAsync(o => o.Id == itemId, ct) is { } o ? Map(o) : null,
        (nameof(Demand), "zh-CN") => await Demands().FirstOrDefaultAsync(d => d.Id == itemId, ct) is { } d ? Map(d) : null,
        _ => null,
    };

    public async IAsyncEnumerable<SearchDocument> AllAsync(string culture, [EnumeratorCancellation] CancellationToken ct)
    {
        if (culture != "zh-CN")
        {
            yield break;
        }

        foreach (var outcome in await Outcomes().ToListAsync(ct))
        {
            yield return Map(outcome);
        }

        foreach (var demand in await Demands().ToListAsync(ct))
        {
            yield return Map(demand);
        }
    }

    private IQueryable<Outcome> Outcomes() => db.Set<Outcome>().AsNoTracking().Where(o => o.Status == ReviewState.Published);

    private IQueryable<Demand> Demands() => db.Set<Demand>().AsNoTracking().Where(d => d.Status == ReviewState.Published);

    private SearchDocument Map(Outcome o) => new()
    {
        ContentType = nameof(Outcome),
        ItemId = o.Id,
        Culture = "zh-CN",
        Title = o.Title,
        Body = string.Join("\n", string.Join(" ", o.Keywords), t[MarketLabels.Of(o.Field)], o.Holder, o.Summary, o.Indicators, string.Join(" ", o.Patents)),
        Column = t["Technology market"],
        TypeName = t["Research outcomes"],
        Date = BeijingTime.DateOf(o.PublishedUtc ?? o.UpdatedUtc),
        Url = "/techtransfer/outcomes/" + o.Id,
    };

    private SearchDocument Map(Demand d) => new()
    {
        ContentType = nameof(Demand),
        ItemId = d.Id,
        Culture = "zh-CN",
        Title = d.Title,
        Body = string.Join("\n", t[MarketLabels.Of(d.Field)], t[MarketLabels.Of(d.Type)], d.Description),
        Column = t["Technology market"],
        TypeName = t["Technology demands"],
        Date = BeijingTime.DateOf(d.PublishedUtc ?? d.UpdatedUtc),
        Url = "/techtransfer/demands/" + d.Id,
        VisibleUntil = d.ValidUntil,
    };
}
