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
    public static string Write(IEnumerable<Data.Booking> bookings, Func<Data.Booking, string> summary, Func<Data.Booking, string> location,
        IEnumerable<Blackout> blackouts, string host)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//XinxingPortal//OpenLab//ZH" };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(BeijingTime.ZoneId));
        foreach (var b in bookings)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"booking-{b.Id}@{host}",
                Summary = summary(b),
                Start = new CalDateTime(BeijingTime.FromUtc(b.StartUtc), BeijingTime.ZoneId),
                End = new CalDateTime(BeijingTime.FromUtc(b.EndUtc), BeijingTime.ZoneId),
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
