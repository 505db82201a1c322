using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Email;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Outreach.Data;
using XinxingPortal.Outreach.Events;

namespace XinxingPortal.Outreach.Registrations;

/// <summary>The emails a registrant gets, each in the language they registered in.</summary>
internal sealed class RegistrationMail(IEmailOutbox outbox, IStringLocalizer<RegistrationMail> t)
{
    public void Registered(Registration r, OutreachEvent ev, string link) => Send(r, () => r.Status == RegistrationStatus.Confirmed
        ? (t["Registration confirmed: {0}", ev.DisplayText], t["Your registration for {0} on {1} (Beijing time) for {2} people is confirmed. To see or cancel it, open: {3}", ev.DisplayText, BeijingTime.DateAndTime(ev.StartUtc), r.PartySize, link])
        : (t["On the waiting list: {0}", ev.DisplayText], t["The event {0} is full, so you are on its waiting list. If seats free up you will be registered automatically and told by email. To leave the list, open: {1}", ev.DisplayText, link]));

    public void Promoted(Registration r, OutreachEvent ev, string link) => Send(r, () =>
        (t["A seat is yours: {0}", ev.DisplayText], t["Seats freed up and your registration for {0} on {1} (Beijing time) is now confirmed. To see or cancel it, open: {2}", ev.DisplayText, BeijingTime.DateAndTime(ev.StartUtc), link]));

    public void Cancelled(Registration r, OutreachEvent ev) => Send(r, () =>
        (t["Registration cancelled: {0}", ev.DisplayText], t["Your registration for {0} has been cancelled.", ev.DisplayText]));

    public void EventChanged(Registration r, OutreachEvent ev) => Send(r, () => ev.Status == EventStatus.Cancelled
        ? (t["Event cancelled: {0}", ev.DisplayText], t["We are sorry: {0}, planned for {1} (Beijing time), has been cancelled.", ev.DisplayText, BeijingTime.DateAndTime(ev.StartUtc)])
        : (t["Event postponed: {0}", ev.DisplayText], t["{0} has been postponed. We will write again when it has a new date.", ev.DisplayText]));

    private void Send(Registration r, Func<(LocalizedString Subject, LocalizedString Body)> compose) => outbox.EnqueueIn(r.Culture, () =>
    {
        var (subject, body) = compose();
        return new EmailMessage(r.Email, subject, $"{r.Name}:\n\n{body}");
    });
}
