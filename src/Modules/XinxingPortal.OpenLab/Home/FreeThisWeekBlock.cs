using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Home;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.OpenLab.Booking;
using XinxingPortal.OpenLab.Data;
using XinxingPortal.OpenLab.Instruments;

namespace XinxingPortal.OpenLab.Home;

/// <summary>
/// Shared instruments that can still be booked in the coming seven (Beijing) days, soonest free time first. "Free" is
/// what the booking calendar shows as free (opening hours, notice period, blackouts and holding bookings with their
/// buffers), so the block never promises a slot the booking page would refuse to offer. Seven days rather than the
/// calendar week, so that on a Saturday the block still shows next week's free time instead of hiding itself.
/// </summary>
internal sealed class FreeThisWeekBlock(InstrumentQueries queries, BookingDesk desk, IPortalDb db, TimeProvider time, IStringLocalizer<FreeThisWeekBlock> t)
    : IHomeBlockSource
{
    private const int Days = 7;

    public string BlockType => "openlab.free-this-week";
    public string FeatureId => OpenLabFeature.Id;
    public string DisplayName => "Instruments with free time this week";
    public IReadOnlyList<string> Filters => [];

    public async Task<HomeBlockContent?> LoadAsync(HomeBlockQuery query, CancellationToken ct)
    {
        var nowUtc = time.GetUtcNow().UtcDateTime;
        var today = time.BeijingToday();
        var fromUtc = BeijingTime.StartOfDayUtc(today);
        var untilUtc = BeijingTime.StartOfDayUtc(today.AddDays(Days));
        var instruments = (await queries.Published().ToListAsync(ct)).Where(i => InstrumentStates.Bookable(i.Status, i.Sharing)).ToList();
        var ids = instruments.Select(i => i.ContentItemId).ToList();
        // Drawn over this calendar week and the next, since the seven days may reach into the next.
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var drawnFrom = BeijingTime.StartOfDayUtc(monday);
        var drawnTo = BeijingTime.StartOfDayUtc(monday.AddDays(14));
        var taken = (await db.Set<Data.Booking>().AsNoTracking()
                .Where(b => ids.Contains(b.InstrumentId) && b.Holds && b.BlockEndUtc > drawnFrom && b.BlockStartUtc < drawnTo)
                .Select(b => new { b.InstrumentId, b.BlockStartUtc, b.BlockEndUtc }).ToListAsync(ct))
            .ToLookup(b => b.InstrumentId, b => (b.BlockStartUtc, b.BlockEndUtc));
        var blackouts = (await db.Set<Blackout>().AsNoTracking()
                .Where(b => ids.Contains(b.InstrumentId) && b.EndUtc > drawnFrom && b.StartUtc < drawnTo).ToListAsync(ct))
            .ToLookup(b => b.InstrumentId);
        var labs = await queries.LabNamesAsync(ct);

        var free = new List<(Instrument Instrument, DateTime First, double Hours)>();
        foreach (var instrument in instruments)
        {
            var rules = await desk.RulesAsync(instrument.ContentItemId, ct);
            var mine = taken[instrument.ContentItemId].ToList();
            var closed = blackouts[instrument.ContentItemId].ToList();
            var slots = new[] { monday, monday.AddDays(7) }
                .Select(week => WeekCalendar.Draw(week, rules, mine, closed, nowUtc))
                .SelectMany(grid => grid.Rows.SelectMany(row => row).Select(slot => (slot, grid.SlotMinutes)))
                .Where(s => s.slot.State == SlotState.Free)
                .Select(s => (StartUtc: BeijingTime.ToUtc(s.slot.Start), s.SlotMinutes))
                .Where(s => s.StartUtc >= fromUtc && s.StartUtc < untilUtc && s.StartUtc < nowUtc.AddDays(rules.MaxNoticeDays))
                .ToList();
            var minutes = slots.Sum(s => s.SlotMinutes);
            // A scrap of free time shorter than the shortest booking cannot be booked, so it is not offered.
            if (slots.Count > 0 && minutes >= rules.MinMinutes)
            {
                free.Add((instrument, slots.Min(s => s.StartUtc), minutes / 60.0));
            }
        }

        return new HomeBlockContent(t["Instruments free this week"], "/openlab",
            [.. free.OrderBy(f => f.First).ThenBy(f => f.Instrument.DisplayText, StringComparer.Ordinal).Take(query.Count)
                .Select(f => new HomeCard(NameIn(f.Instrument, query.Culture), "/openlab/instruments/" + f.Instrument.Slug)
                {
                    Date = BeijingTime.DateOf(f.First),
                    Kind = labs.GetValueOrDefault(f.Instrument.LabId),
                    Note = t["Free from {0}, {1} hours in the next 7 days", BeijingTime.FromUtc(f.First).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                        Math.Round(f.Hours, 1).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)],
                })]);
    }

    /// <summary>Instruments are described once, in Chinese; an English reader gets the English name the national platform also lists.</summary>
    private static string NameIn(Instrument i, string culture) =>
        culture == "en" && i.EnglishName.Length > 0 ? i.EnglishName : i.DisplayText;
}
