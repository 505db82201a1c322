using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Outreach.Data;

namespace XinxingPortal.Outreach.Events;

/// <summary>Reads of published venues and events in one culture, with seats left.</summary>
internal sealed class EventQueries(IPortalDb db, TimeProvider time)
{
    public IQueryable<OutreachEvent> Events(string culture) =>
        db.Set<OutreachEvent>().AsNoTracking().Where(e => e.Published && e.Culture == culture);

    public IQueryable<Venue> Venues(string culture) =>
        db.Set<Venue>().AsNoTracking().Where(v => v.Published && v.Culture == culture);

    public IQueryable<OutreachEvent> Upcoming(string culture)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return Events(culture).Where(e => e.EndUtc >= now).OrderBy(e => e.StartUtc);
    }

    public async Task<Dictionary<string, int>> SeatsLeftAsync(IEnumerable<string> eventSets, CancellationToken ct)
    {
        var sets = eventSets.ToList();
        return await db.Set<EventSeats>().AsNoTracking().Where(s => sets.Contains(s.EventSet))
            .ToDictionaryAsync(s => s.EventSet, s => s.Capacity - s.Taken, ct);
    }

    public async Task<Dictionary<string, Venue>> VenuesBySetAsync(string culture, IEnumerable<string?> sets, CancellationToken ct)
    {
        var wanted = sets.OfType<string>().Distinct().ToList();
        return await Venues(culture).Where(v => wanted.Contains(v.LocalizationSet)).ToDictionaryAsync(v => v.LocalizationSet, ct);
    }

    /// <summary>The language switch goes to the same item's translations.</summary>
    public async Task<IReadOnlyDictionary<string, string>> AlternatesAsync<T>(string set, Func<string, string, string> link, CancellationToken ct)
        where T : XinxingPortal.Abstractions.Content.ContentVersion =>
        (await db.Set<T>().AsNoTracking().Where(x => x.Published && x.LocalizationSet == set).Select(x => new { x.Culture, x.Slug }).ToListAsync(ct))
        .ToDictionary(x => x.Culture, x => link(x.Culture, x.Slug));
}
