using XinxingPortal.Abstractions.Time;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Booking;

internal enum SlotState
{
    Free,
    Taken,
    Blackout,
    Closed,
    Past,
}

/// <summary>One cell of the week: a slot on one day, Beijing wall-clock start.</summary>
internal sealed record CalendarSlot(DateTime Start, SlotState State);

/// <summary>A week drawn on the server: rows are slot start times, columns the seven Beijing days from Monday.</summary>
internal sealed record WeekGrid(DateOnly Monday, IReadOnlyList<DateOnly> Days, IReadOnlyList<TimeOnly> Times, IReadOnlyList<IReadOnlyList<CalendarSlot>> Rows, int SlotMinutes)
{
    public DateOnly PreviousWeek => Monday.AddDays(-7);
    public DateOnly NextWeek => Monday.AddDays(7);
}

internal static class WeekCalendar
{
    /// <summary>Rows no finer than half an hour, so a week stays a table a screen reader can walk.</summary>
    public static WeekGrid Draw(DateOnly anyDay, InstrumentRules rules, IReadOnlyList<(DateTime Start, DateTime End)> taken,
        IReadOnlyList<Blackout> blackouts, DateTime nowUtc)
    {
        var monday = anyDay.AddDays(-(((int)anyDay.DayOfWeek + 6) % 7));
        var days = Enumerable.Range(0, 7).Select(monday.AddDays).ToList();
        var step = Math.Max(rules.SlotMinutes, 30);
        var (first, last) = Span(rules);
        var times = new List<TimeOnly>();
        for (var m = first; m < last; m += step)
        {
            times.Add(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(m)));
        }

        var rows = times.Select(t => (IReadOnlyList<CalendarSlot>)days.Select(d =>
        {
            var start = d.ToDateTime(t);
            var startUtc = BeijingTime.ToUtc(start);
            var endUtc = startUtc.AddMinutes(step);
            var state = startUtc < nowUtc.AddHours(rules.MinNoticeHours) ? SlotState.Past
                : !BookingCheck.WithinOpeningHours(startUtc, endUtc, rules.Hours) ? SlotState.Closed
                : blackouts.Any(b => b.StartUtc < endUtc && startUtc < b.EndUtc) ? SlotState.Blackout
                : taken.Any(b => b.Start < endUtc && startUtc < b.End) ? SlotState.Taken
                : SlotState.Free;
            return new CalendarSlot(start, state);
        }).ToList()).ToList();
        return new WeekGrid(monday, days, times, rows, step);
    }

    /// <summary>The earliest opening and latest closing of the week in minutes; the whole day when there are no hours.</summary>
    private static (int First, int Last) Span(InstrumentRules rules)
    {
        if (rules.Hours.Count == 0)
        {
            return (0, 24 * 60);
        }

        var first = rules.Hours.Min(h => (int)h.Opens.ToTimeSpan().TotalMinutes);
        var last = rules.Hours.Max(h => h.Closes == TimeOnly.MinValue ? 24 * 60 : (int)h.Closes.ToTimeSpan().TotalMinutes);
        return (first, last);
    }
}
