using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Search;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Outreach.Data;
using XinxingPortal.Outreach.Events;

namespace XinxingPortal.Outreach.Search;

/// <summary>Published 科普教育基地 and 科普活动 for site search; registrations are never part of it.</summary>
internal sealed class OutreachSearchSource(IPortalDb db, IStringLocalizer<OutreachSearchSource> t) : ISearchSource
{
    public string FeatureId => OutreachFeature.Id;

    public IReadOnlyCollection<string> ContentTypes { get; } = [nameof(Venue), nameof(OutreachEvent)];

    public async Task<SearchDocument?> GetAsync(string contentType, string itemId, string culture, CancellationToken ct) => contentType switch
    {
        nameof(Venue) => await db.Set<Venue>().AsNoTracking().FirstOrDefaultAsync(v => v.Published && v.ContentItemId == itemId && v.Culture == culture, ct)
            is { } venue ? Map(venue) : null,
        nameof(OutreachEvent) => await db.Set<OutreachEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Published && e.ContentItemId == itemId && e.Culture == culture, ct)
            is { } ev ? Map(ev) : null,
        _ => null,
    };

    public async IAsyncEnumerable<SearchDocument> AllAsync(string culture, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var venue in await db.Set<Venue>().AsNoTracking().Where(v => v.Published && v.Culture == culture).ToListAsync(ct))
        {
            yield return Map(venue);
        }

        foreach (var ev in await db.Set<OutreachEvent>().AsNoTracking().Where(e => e.Published && e.Culture == culture).ToListAsync(ct))
        {
            yield return Map(ev);
        }
    }

    private SearchDocument Map(Venue v) => new()
    {
        ContentType = nameof(Venue),
        ItemId = v.ContentItemId,
        Culture = v.Culture,
        Title = v.DisplayText,
        Body = string.Join("\n", v.Operator, v.Address, v.District, v.Audience, HtmlText.Plain(v.DescriptionHtml)),
        Column = t["Science outreach venues"],
        TypeName = t["Venue"],
        Date = BeijingTime.DateOf(v.PublishedUtc ?? v.ModifiedUtc),
        Url = "/venues/" + v.Slug,
    };

    private SearchDocument Map(OutreachEvent e) => new()
    {
        ContentType = nameof(OutreachEvent),
        ItemId = e.ContentItemId,
        Culture = e.Culture,
        Title = e.DisplayText,
        Body = string.Join("\n", e.Audience, HtmlText.Plain(e.DescriptionHtml)),
        Column = t["Science outreach events"],
        TypeName = t["Event"],
        Date = BeijingTime.DateOf(e.StartUtc),
        Url = "/events/" + e.Slug,
        Notice = e.Status == EventStatus.Scheduled ? null : t[e.Status.ToString()].Value,
    };
}
