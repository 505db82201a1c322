using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Outreach.Data;
using XinxingPortal.Outreach.Events;

namespace XinxingPortal.Outreach.Registrations;

/// <summary>
/// Takes and gives back seats. Every seat change is one conditional UPDATE on the event's seat row; the action runs
/// the desk inside its one transaction (<see cref="PortalDbActions.CommitAsync{T}"/>) with the registration it belongs to,
/// so seats and registrations never disagree.
/// </summary>
internal sealed class RegistrationDesk(IPortalDb db, RegistrationMail mail, TimeProvider time)
{
    public async Task<Registration> RegisterAsync(OutreachEvent ev, RegistrationInput input, string culture, Func<string, string> linkFor, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (ev.Status != EventStatus.Scheduled)
        {
            throw new RegistrationRefused("This event is not taking registrations.");
        }

        if (now < ev.RegistrationOpensUtc)
        {
            throw new RegistrationRefused("Registration has not opened yet.");
        }

        if (now > ev.RegistrationClosesUtc || now > ev.StartUtc)
        {
            throw new RegistrationRefused("Registration has closed.");
        }

        var taken = await TakeSeatsAsync(ev.LocalizationSet, input.PartySize, ct);
        if (!taken)
        {
            var left = await SeatsLeftAsync(ev.LocalizationSet, ct);
            if (left > 0)
            {
                throw new RegistrationRefused("Only {0} seats are left; register fewer people or join the waiting list with a smaller party.", left);
            }
        }

        var registration = new Registration
        {
            EventSet = ev.LocalizationSet,
            Name = input.Name.Trim(),
            Mobile = input.Mobile,
            Email = input.Email.Trim(),
            PartySize = input.PartySize,
            Status = taken ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted,
            Token = NewToken(),
            Culture = culture,
            CreatedUtc = now,
        };
        db.Set<Registration>().Add(registration);
        mail.Registered(registration, ev, linkFor(registration.Token));
        return registration;
    }

    /// <summary>Cancels by token; frees the seats and promotes waiting people, oldest first, who now fit.</summary>
    public async Task<bool> CancelAsync(string token, OutreachEvent ev, Func<string, string> linkFor, CancellationToken ct)
    {
        var registration = await db.Set<Registration>().FirstOrDefaultAsync(r => r.Token == token && r.Status != RegistrationStatus.Cancelled, ct);
        if (registration is null)
        {
            return false;
        }

        var wasConfirmed = registration.Status == RegistrationStatus.Confirmed;
        registration.Status = RegistrationStatus.Cancelled;
        registration.CancelledUtc = time.GetUtcNow().UtcDateTime;
        if (wasConfirmed)
        {
            await db.Set<EventSeats>().Where(s => s.EventSet == registration.EventSet)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken - registration.PartySize), ct);
            await PromoteAsync(ev, linkFor, ct);
        }

        mail.Cancelled(registration, ev);
        return true;
    }

    private async Task PromoteAsync(OutreachEvent ev, Func<string, string> linkFor, CancellationToken ct)
    {
        var waiting = await db.Set<Registration>()
            .Where(r => r.EventSet == ev.LocalizationSet && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id).ToListAsync(ct);
        foreach (var next in waiting)
        {
            if (await TakeSeatsAsync(ev.LocalizationSet, next.PartySize, ct))
            {
                next.Status = RegistrationStatus.Confirmed;
                mail.Promoted(next, ev, linkFor(next.Token));
            }
        }
    }

    private async Task<bool> TakeSeatsAsync(string eventSet, int seats, CancellationToken ct) =>
        await db.Set<EventSeats>()
            .Where(s => s.EventSet == eventSet && s.Taken + seats <= s.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken + seats), ct) == 1;

    public async Task<int> SeatsLeftAsync(string eventSet, CancellationToken ct) =>
        await db.Set<EventSeats>().Where(s => s.EventSet == eventSet).Select(s => s.Capacity - s.Taken).FirstOrDefaultAsync(ct);

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
