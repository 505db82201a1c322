using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Email;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Booking;

/// <summary>
/// Tells the person at every step of their booking, in the language they booked in. The approval carries the
/// booking's iCalendar file as an attachment (in UTC, so every calendar reads it alike), and a link to the same file.
/// </summary>
internal sealed class BookingMail(IEmailOutbox outbox, ICultureLinks links, IStringLocalizer<BookingMail> t)
{
    public void StatusChanged(Data.Booking b, Instrument instrument)
    {
        if (string.IsNullOrWhiteSpace(b.Email))
        {
            return;
        }

        outbox.EnqueueIn(b.Culture, () =>
        {
            var when = $"{BeijingTime.DateAndTime(b.StartUtc)} – {BeijingTime.DateAndTime(b.EndUtc)} ({t["Beijing time"]})";
            var mine = links.Absolute(b.Culture, "/openlab/my");
            var (subject, body) = b.Status switch
            {
                BookingStatus.Requested => (t["Booking received: {0}", instrument.DisplayText], t["We received your booking of {0} for {1}. The lab manager will approve or decline it; you will get another message.", instrument.DisplayText, when]),
                BookingStatus.Approved => (t["Booking approved: {0}", instrument.DisplayText], t["Your booking of {0} for {1} is approved. Add it to your calendar: {2}", instrument.DisplayText, when, links.Absolute(b.Culture, $"/openlab/bookings/{b.Id}.ics")]),
                BookingStatus.Rejected => (t["Booking declined: {0}", instrument.DisplayText], t["Your booking of {0} for {1} was declined. Reason: {2}", instrument.DisplayText, when, b.Reason ?? ""]),
                BookingStatus.InUse => (t["Use started: {0}", instrument.DisplayText], t["The operator recorded the start of your use of {0} ({1}).", instrument.DisplayText, when]),
                BookingStatus.Completed => (t["Use completed: {0}", instrument.DisplayText], t["The operator recorded the end of your use of {0} ({1}). Thank you.", instrument.DisplayText, when]),
                BookingStatus.NoShow => (t["Booking missed: {0}", instrument.DisplayText], t["Nobody started your booking of {0} for {1}, so it was recorded as a no-show.", instrument.DisplayText, when]),
                _ => (t["Booking cancelled: {0}", instrument.DisplayText], t["Your booking of {0} for {1} is cancelled. {2}", instrument.DisplayText, when, b.Reason ?? ""]),
            };
            var text = $"{t["Hello {0},", b.UserName]}\n\n{body}\n\n{t["Your bookings: {0}", mine]}";
            return b.Status == BookingStatus.Approved
                ? new EmailMessage(b.Email, subject, text, [CalendarFile(b, instrument)])
                : new EmailMessage(b.Email, subject, text);
        });
    }

    private EmailAttachment CalendarFile(Data.Booking b, Instrument instrument)
    {
        var host = new Uri(links.Absolute("zh-CN", "/")).Host;
        var ics = BookingCalendar.Write([b], _ => instrument.DisplayText, _ => instrument.Address, [], host, utc: true);
        return new EmailAttachment($"booking-{b.Id}.ics", "text/calendar; method=PUBLISH; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(ics));
    }
}
