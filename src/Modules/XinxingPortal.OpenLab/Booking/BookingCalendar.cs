using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Booking;

/// <summary>iCalendar files of bookings in Beijing time: one booking (the approval mail), an instrument's, a person's.</summary>
internal static class BookingCalendar
{
    /// <param name="summary">What each event is called: the instrument's name for a person, "booked" for the public.</param>
    /// <param name="utc">Times in UTC instead of Beijing time: for a file mailed on its own, which any calendar reads
    /// the same way without the time-zone block.</param>
    public static string Write(IEnumerable<Data.Booking> bookings, Func<Data.Booking, string> summary, Func<Data.Booking, string> location,
        IEnumerable<Blackout> blackouts, string host, bool utc = false)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//XinxingPortal//OpenLab//ZH" };
        if (!utc)
        {
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(BeijingTime.ZoneId));
        }

        foreach (var b in bookings)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"booking-{b.Id}@{host}",
                Summary = summary(b),
                Start = utc ? new CalDateTime(b.StartUtc, "UTC") : new CalDateTime(BeijingTime.FromUtc(b.StartUtc), BeijingTime.ZoneId),
                End = utc ? new CalDateTime(b.EndUtc, "UTC") : new CalDateTime(BeijingTime.FromUtc(b.EndUtc), BeijingTime.ZoneId),
                Location = location(b),
                Status = b.Status == BookingStatus.Requested ? Ical.Net.EventStatus.Tentative : Ical.Net.EventStatus.Confirmed,
            });
        }

        foreach (var x in blackouts)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"blackout-{x.Id}@{host}",
                Summary = x.Reason,
                Start = new CalDateTime(BeijingTime.FromUtc(x.StartUtc), BeijingTime.ZoneId),
                End = new CalDateTime(BeijingTime.FromUtc(x.EndUtc), BeijingTime.ZoneId),
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
