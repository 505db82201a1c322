using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Outreach.Data;
using XinxingPortal.Outreach.Events;

namespace XinxingPortal.Outreach.Calendar;

/// <summary>iCalendar files with the events in Beijing time (zone <see cref="BeijingTime.ZoneId"/>), so calendars abroad show the right hour too.</summary>
internal static class EventCalendar
{
    public static string Write(IEnumerable<OutreachEvent> events, IReadOnlyDictionary<string, Venue> venues, Func<string, string> urlFor, string host)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//XinxingPortal//Outreach//ZH" };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(BeijingTime.ZoneId));
        foreach (var ev in events)
        {
            var venue = ev.VenueSet is { } set ? venues.GetValueOrDefault(set) : null;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{ev.LocalizationSet}@{host}",
                Summary = ev.DisplayText,
                Start = new CalDateTime(BeijingTime.FromUtc(ev.StartUtc), BeijingTime.ZoneId),
                End = new CalDateTime(BeijingTime.FromUtc(ev.EndUtc), BeijingTime.ZoneId),
                Location = venue is null ? ev.OnlineUrl : $"{venue.DisplayText}, {venue.Address}",
                Description = XinxingPortal.Abstractions.Content.HtmlText.Plain(ev.DescriptionHtml),
                Url = new Uri(urlFor(ev.Slug)),
                Status = ev.Status == Events.EventStatus.Cancelled ? Ical.Net.EventStatus.Cancelled : Ical.Net.EventStatus.Confirmed,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
