using XinxingPortal.Abstractions.Time;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Booking;

/// <summary>What the rules need to know besides the instrument's rules: the person's other bookings and the clock.</summary>
internal sealed record BookingContext(
    DateTime NowUtc,
    bool Bookable,
    InstrumentRules Rules,
    IReadOnlyList<Blackout> Blackouts,
    bool Qualified,
    IReadOnlyList<(DateTime StartUtc, DateTime EndUtc, string InstrumentId)> OwnBookings);

/// <summary>
/// The instrument's rules for one requested time, in the order a person fixes them. Pure: the database is asked
/// beforehand, and the one rule that needs the database at the moment of writing (no overlap) is its constraint.
/// </summary>
internal static class BookingCheck
{
    public static IReadOnlyList<RuleBreach> Check(DateTime startUtc, DateTime endUtc, string instrumentId, BookingContext c)
    {
        var rules = c.Rules;
        if (!c.Bookable)
        {
            return [new("Start", "This instrument is not taking bookings.")];
        }

        if (endUtc <= startUtc)
        {
            return [new("End", "The end must be after the start.")];
        }

        var breaches = new List<RuleBreach>();
        var minutes = (endUtc - startUtc).TotalMinutes;
        var local = BeijingTime.FromUtc(startUtc);
        if (rules.SlotMinutes > 0 && ((local.Hour * 60 + local.Minute) % rules.SlotMinutes != 0 || local.Second != 0 || minutes % rules.SlotMinutes != 0))
        {
            breaches.Add(new("Start", "Bookings on this instrument start and end on its {0}-minute slots.", rules.SlotMinutes));
        }

        if (minutes < rules.MinMinutes)
        {
            breaches.Add(new("End", "A booking on this instrument lasts at least {0} minutes.", rules.MinMinutes));
        }
        else if (minutes > rules.MaxMinutes)
        {
            breaches.Add(new("End", "A booking on this instrument lasts at most {0} minutes.", rules.MaxMinutes));
        }

        if (startUtc < c.NowUtc.AddHours(rules.MinNoticeHours))
        {
            breaches.Add(new("Start", "Book this instrument at least {0} hours ahead.", rules.MinNoticeHours));
        }
        else if (startUtc > c.NowUtc.AddDays(rules.MaxNoticeDays))
        {
            breaches.Add(new("Start", "Book this instrument at most {0} days ahead.", rules.MaxNoticeDays));
        }

        if (!WithinOpeningHours(startUtc, endUtc, rules.Hours))
        {
            breaches.Add(new("Start", "The instrument is not open for the whole of that time; see its opening hours."));
        }

        if (c.Blackouts.FirstOrDefault(b => b.StartUtc < endUtc && startUtc < b.EndUtc) is { } blackout)
        {
            breaches.Add(new("Start", "The instrument is unavailable from {0} to {1}: {2}.",
                BeijingTime.DateAndTime(blackout.StartUtc), BeijingTime.DateAndTime(blackout.EndUtc), blackout.Reason));
        }

        if (rules.QualificationRequired && !c.Qualified)
        {
            breaches.Add(new("Start", "Only people trained on this instrument may book it; ask the lab manager for a qualification."));
        }

        if (c.OwnBookings.Any(b => b.StartUtc < endUtc && startUtc < b.EndUtc))
        {
            breaches.Add(new("Start", "You already have another booking at this time."));
        }

        var hours = minutes / 60;
        var week = WeekOf(startUtc);
        if (rules.WeeklyQuotaHours > 0 && UsedWithin(c, instrumentId, week.Start, week.End) + hours > rules.WeeklyQuotaHours)
        {
            breaches.Add(new("End", "This booking would take you over your quota of {0} hours a week on this instrument.", rules.WeeklyQuotaHours));
        }

        var month = MonthOf(startUtc);
        if (rules.MonthlyQuotaHours > 0 && UsedWithin(c, instrumentId, month.Start, month.End) + hours > rules.MonthlyQuotaHours)
        {
            breaches.Add(new("End", "This booking would take you over your quota of {0} hours a month on this instrument.", rules.MonthlyQuotaHours));
        }

        return breaches;
    }

    /// <summary>
    /// True when every minute of the time falls in an opening period of its Beijing day. No periods means open around
    /// the clock; a period closing at 00:00 runs to midnight, so a night run continues into the next day's period from 00:00.
    /// </summary>
    public static bool WithinOpeningHours(DateTime startUtc, DateTime endUtc, IReadOnlyList<OpeningPeriod> hours)
    {
        if (hours.Count == 0)
        {
            return true;
        }

        var from = BeijingTime.FromUtc(startUtc);
        var to = BeijingTime.FromUtc(endUtc);
        while (from < to)
        {
            var dayEnd = from.Date.AddDays(1);
            var segmentEnd = to < dayEnd ? to : dayEnd;
            var day = from.DayOfWeek;
            var opens = from.TimeOfDay;
            var closes = segmentEnd - from.Date;
            if (!hours.Any(h => h.Day == day && h.Opens.ToTimeSpan() <= opens && closes <= (h.Closes == TimeOnly.MinValue ? TimeSpan.FromDays(1) : h.Closes.ToTimeSpan())))
            {
                return false;
            }

            from = segmentEnd;
        }

        return true;
    }

    /// <summary>The Beijing week (Monday to Sunday) that contains an instant, in UTC.</summary>
    public static (DateTime Start, DateTime End) WeekOf(DateTime utc)
    {
        var day = BeijingTime.DateOf(utc);
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return (BeijingTime.StartOfDayUtc(monday), BeijingTime.StartOfDayUtc(monday.AddDays(7)));
    }

    public static (DateTime Start, DateTime End) MonthOf(DateTime utc)
    {
        var day = BeijingTime.DateOf(utc);
        var first = new DateOnly(day.Year, day.Month, 1);
        return (BeijingTime.StartOfDayUtc(first), BeijingTime.StartOfDayUtc(first.AddMonths(1)));
    }

    private static double UsedWithin(BookingContext c, string instrumentId, DateTime from, DateTime to) =>
        c.OwnBookings.Where(b => b.InstrumentId == instrumentId && b.StartUtc >= from && b.StartUtc < to).Sum(b => (b.EndUtc - b.StartUtc).TotalHours);
}
