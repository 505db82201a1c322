using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.OpenLab.Booking;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Instruments;

/// <summary>The public filters of the instrument list.</summary>
internal sealed record InstrumentFilter(string? Lab, string? Code, SharingMode? Sharing, OperatingStatus? Status, DateOnly? AvailableOn);

internal sealed class InstrumentQueries(IPortalDb db)
{
    public IQueryable<Instrument> Published() => db.Set<Instrument>().AsNoTracking().Where(i => i.Published);

    public IQueryable<Lab> Labs() => db.Set<Lab>().AsNoTracking().Where(l => l.Published);

    public Task<Instrument?> BySlugAsync(string slug, CancellationToken ct) => Published().FirstOrDefaultAsync(i => i.Slug == slug, ct);

    public async Task<IReadOnlyList<Instrument>> ListAsync(InstrumentFilter f, CancellationToken ct)
    {
        var q = Published();
        if (f.Lab is { Length: > 0 and <= 64 })
        {
            q = q.Where(i => i.LabId == f.Lab);
        }

        if (f.Code is { Length: > 0 and <= 6 } code && code.All(char.IsAsciiDigit))
        {
            q = q.Where(i => i.ClassificationCode.StartsWith(code));
        }

        if (f.Sharing is { } sharing)
        {
            q = q.Where(i => i.Sharing == sharing);
        }

        if (f.Status is { } status)
        {
            q = q.Where(i => i.Status == status);
        }

        var list = await q.OrderBy(i => i.ClassificationCode).ThenBy(i => i.DisplayText).ToListAsync(ct);
        if (f.AvailableOn is not { } day)
        {
            return list;
        }

        // Available on a day: takes bookings, opens that weekday, and no blackout covers the whole day.
        var ids = list.Select(i => i.ContentItemId).ToList();
        var rules = await db.Set<InstrumentRules>().AsNoTracking().Where(r => ids.Contains(r.InstrumentId)).ToDictionaryAsync(r => r.InstrumentId, ct);
        var dayStart = BeijingTime.StartOfDayUtc(day);
        var dayEnd = BeijingTime.EndOfDayUtc(day);
        var closed = await db.Set<Blackout>().AsNoTracking().Where(b => ids.Contains(b.InstrumentId) && b.StartUtc <= dayStart && b.EndUtc >= dayEnd)
            .Select(b => b.InstrumentId).ToListAsync(ct);
        return [.. list.Where(i => InstrumentStates.Bookable(i.Status, i.Sharing) && !closed.Contains(i.ContentItemId) &&
            (!rules.TryGetValue(i.ContentItemId, out var r) || r.Hours.Count == 0 || r.Hours.Any(h => h.Day == day.DayOfWeek)))];
    }

    public async Task<IReadOnlyDictionary<string, string>> LabNamesAsync(CancellationToken ct) =>
        await db.Set<Lab>().AsNoTracking().Where(l => l.Latest).ToDictionaryAsync(l => l.ContentItemId, l => l.DisplayText, ct);
}
