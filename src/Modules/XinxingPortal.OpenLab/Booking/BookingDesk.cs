using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Organisations;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.OpenLab.Data;
using XinxingPortal.OpenLab.Instruments;

namespace XinxingPortal.OpenLab.Booking;

/// <summary>Checks and stages bookings and their changes of state; the controller commits.</summary>
internal sealed class BookingDesk(IPortalDb db, TimeProvider time, BookingMail mail)
{
    private static readonly BookingStatus[] Counted = [BookingStatus.Requested, BookingStatus.Approved, BookingStatus.InUse, BookingStatus.Completed];

    /// <summary>The rules for a published instrument, or defaults when it has none yet.</summary>
    public async Task<InstrumentRules> RulesAsync(string instrumentId, CancellationToken ct) =>
        await db.Set<InstrumentRules>().AsNoTracking().FirstOrDefaultAsync(r => r.InstrumentId == instrumentId, ct)
        ?? new InstrumentRules { InstrumentId = instrumentId };

    /// <summary>Stages a booking, or returns the rules it breaks (and stages nothing).</summary>
    /// <param name="mayActFor">The verified organisations the user may book on behalf of.</param>
    public async Task<(Data.Booking? Booking, IReadOnlyList<RuleBreach> Breaches)> RequestAsync(
        Instrument instrument, string userName, string email, string culture, BookingInput input, IReadOnlyList<ActingOrganisation> mayActFor, CancellationToken ct)
    {
        var startUtc = BeijingTime.ToUtc(input.Start!.Value);
        var endUtc = BeijingTime.ToUtc(input.End!.Value);
        var rules = await RulesAsync(instrument.ContentItemId, ct);
        var blackouts = await db.Set<Blackout>().AsNoTracking()
            .Where(b => b.InstrumentId == instrument.ContentItemId && b.StartUtc < endUtc && b.EndUtc > startUtc).ToListAsync(ct);
        var today = time.BeijingToday();
        var qualified = await db.Set<Qualification>().AnyAsync(q => q.InstrumentId == instrument.ContentItemId && q.UserName == userName &&
            q.GrantedOn <= today && (q.RevokedOn == null || q.RevokedOn > today), ct);
        var month = BookingCheck.MonthOf(startUtc);
        var week = BookingCheck.WeekOf(startUtc);
        var from = week.Start < month.Start ? week.Start : month.Start;
        var to = week.End > month.End ? week.End : month.End;
        var own = await db.Set<Data.Booking>().AsNoTracking()
            .Where(b => b.UserName == userName && Counted.Contains(b.Status) && b.EndUtc > (startUtc < from ? startUtc : from) && b.StartUtc < (endUtc > to ? endUtc : to))
            .Select(b => new { b.StartUtc, b.EndUtc, b.InstrumentId }).ToListAsync(ct);
        var context = new BookingContext(time.GetUtcNow().UtcDateTime, InstrumentStates.Bookable(instrument.Status, instrument.Sharing), rules, blackouts,
            qualified, [.. own.Select(b => (b.StartUtc, b.EndUtc, b.InstrumentId))]);
        var breaches = BookingCheck.Check(startUtc, endUtc, instrument.ContentItemId, context).ToList();
        ActingOrganisation? onBehalf = null;
        if (!string.IsNullOrWhiteSpace(input.OnBehalfOf))
        {
            // Only an organisation the directory vouches for now: a forged id, someone else's or an unverified one is refused.
            onBehalf = mayActFor.FirstOrDefault(o => string.Equals(o.Id, input.OnBehalfOf, StringComparison.Ordinal));
            if (onBehalf is null)
            {
                breaches.Add(new(nameof(BookingInput.OnBehalfOf), "You can book only on behalf of a verified organisation you belong to."));
            }
        }

        if (breaches.Count > 0)
        {
            return (null, breaches);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var booking = new Data.Booking
        {
            Id = Guid.NewGuid().ToString("N"), InstrumentId = instrument.ContentItemId, UserName = userName, Email = email, Culture = culture,
            Organisation = onBehalf?.Name ?? input.Organisation?.Trim() ?? "", OrganisationId = onBehalf?.Id, StartUtc = startUtc, EndUtc = endUtc,
            BlockStartUtc = startUtc.AddMinutes(-rules.BufferBeforeMinutes), BlockEndUtc = endUtc.AddMinutes(rules.BufferAfterMinutes),
            Purpose = input.Purpose!.Trim(), SampleCount = input.SampleCount, Project = input.Project?.Trim() ?? "", CreatedUtc = now, ModifiedUtc = now,
        };
        booking.MoveTo(rules.ApprovalRequired ? BookingStatus.Requested : BookingStatus.Approved);
        db.Set<Data.Booking>().Add(booking);
        mail.StatusChanged(booking, instrument);
        return (booking, []);
    }

    /// <summary>The person cancels their own booking, until the instrument's deadline.</summary>
    public async Task<RuleBreach?> CancelAsync(Data.Booking booking, Instrument instrument, CancellationToken ct)
    {
        if (booking.Status is not (BookingStatus.Requested or BookingStatus.Approved))
        {
            return new("", "This booking can no longer be cancelled.");
        }

        var rules = await RulesAsync(booking.InstrumentId, ct);
        if (time.GetUtcNow().UtcDateTime > booking.StartUtc.AddHours(-rules.CancelDeadlineHours))
        {
            return new("", "Bookings on this instrument can be cancelled until {0} hours before they start.", rules.CancelDeadlineHours);
        }

        Move(booking, instrument, BookingStatus.Cancelled, null);
        return null;
    }

    /// <summary>The lab manager's decisions and the operator's records, each allowed from one state only.</summary>
    public RuleBreach? Decide(Data.Booking booking, Instrument instrument, BookingStatus to, string? reason, decimal? fee)
    {
        var allowed = to switch
        {
            BookingStatus.Approved or BookingStatus.Rejected => booking.Status == BookingStatus.Requested,
            BookingStatus.InUse => booking.Status == BookingStatus.Approved,
            BookingStatus.Completed => booking.Status == BookingStatus.InUse,
            BookingStatus.NoShow => booking.Status == BookingStatus.Approved,
            BookingStatus.Cancelled => booking.Status is BookingStatus.Requested or BookingStatus.Approved,
            _ => false,
        };
        if (!allowed)
        {
            return new("", "The booking is not in a state that allows this.");
        }

        if (to is BookingStatus.Rejected or BookingStatus.Cancelled && string.IsNullOrWhiteSpace(reason))
        {
            return new("reason", "Give a reason; the user will read it.");
        }

        if (reason is { Length: > 500 })
        {
            return new("reason", "The reason has at most 500 characters.");
        }

        if (fee is < 0 or > 10_000_000)
        {
            return new("fee", "The fee is between 0 and 10,000,000 yuan.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (to == BookingStatus.InUse)
        {
            booking.ActualStartUtc = now;
        }
        else if (to == BookingStatus.Completed)
        {
            booking.ActualEndUtc = now;
            booking.Fee = fee ?? (instrument.HourlyFee is { } hourly ? Math.Round(hourly * (decimal)(now - booking.ActualStartUtc!.Value).TotalHours, 2) : null);
        }

        Move(booking, instrument, to, reason?.Trim());
        return null;
    }

    /// <summary>How far the recorded use may lie before the booked start or after the booked end: preparation and post-processing, not another day.</summary>
    public static readonly TimeSpan UseMargin = TimeSpan.FromHours(4);

    /// <summary>
    /// The operator's record of the actual use, in Beijing wall-clock times: what 机时 counts. Allowed on an approved
    /// booking, one in use, one the job marked as a no-show (the user came after all) and a completed one (a correction).
    /// </summary>
    public async Task<IReadOnlyList<RuleBreach>> RecordUseAsync(Data.Booking booking, Instrument instrument, DateTime? start, DateTime? end, decimal? fee, CancellationToken ct)
    {
        if (booking.Status is not (BookingStatus.Approved or BookingStatus.InUse or BookingStatus.NoShow or BookingStatus.Completed))
        {
            return [new("", "The booking is not in a state that allows this.")];
        }

        var breaches = new List<RuleBreach>();
        if (start is null)
        {
            breaches.Add(new("start", "Give the start of use."));
        }

        if (end is null)
        {
            breaches.Add(new("end", "Give the end of use."));
        }

        if (fee is < 0 or > 10_000_000)
        {
            breaches.Add(new("fee", "The fee is between 0 and 10,000,000 yuan."));
        }

        if (breaches.Count > 0)
        {
            return breaches;
        }

        var startUtc = BeijingTime.ToUtc(start!.Value);
        var endUtc = BeijingTime.ToUtc(end!.Value);
        var now = time.GetUtcNow().UtcDateTime;
        var margin = (int)UseMargin.TotalHours;
        if (endUtc <= startUtc)
        {
            breaches.Add(new("end", "The end of use is after its start."));
        }
        else if (endUtc > now)
        {
            breaches.Add(new("end", "The end of use cannot be in the future."));
        }

        if (startUtc < booking.StartUtc - UseMargin || startUtc > booking.EndUtc)
        {
            breaches.Add(new("start", "The use starts at most {0} hours before the booked start and no later than the booked end.", margin));
        }

        if (endUtc > booking.EndUtc + UseMargin)
        {
            breaches.Add(new("end", "The use ends at most {0} hours after the booked end.", margin));
        }

        // One instrument runs one use at a time: overlapping records would count the same hours twice.
        if (breaches.Count == 0 && await db.Set<Data.Booking>().AsNoTracking().AnyAsync(b => b.InstrumentId == booking.InstrumentId && b.Id != booking.Id &&
            b.ActualStartUtc != null && b.ActualStartUtc < endUtc && (b.ActualEndUtc == null || b.ActualEndUtc > startUtc), ct))
        {
            breaches.Add(new("start", "Another use of this instrument is recorded for part of this time."));
        }

        if (breaches.Count > 0)
        {
            return breaches;
        }

        booking.ActualStartUtc = startUtc;
        booking.ActualEndUtc = endUtc;
        booking.Fee = fee ?? (instrument.HourlyFee is { } hourly ? Math.Round(hourly * (decimal)(endUtc - startUtc).TotalHours, 2) : booking.Fee);
        if (booking.Status == BookingStatus.Completed)
        {
            // A correction: the user was told when the use ended.
            booking.ModifiedUtc = now;
        }
        else
        {
            Move(booking, instrument, BookingStatus.Completed, null);
        }

        return [];
    }

    /// <summary>
    /// The booking's user checks in: from the instrument's check-in window before the start until its no-show grace
    /// runs out (after that the no-show job takes it). The use starts at the booked start at the earliest, since the
    /// time before it may be the previous user's or the buffer.
    /// </summary>
    public async Task<RuleBreach?> CheckInAsync(Data.Booking booking, CancellationToken ct)
    {
        if (booking.Status != BookingStatus.Approved)
        {
            return new("", "Only an approved booking can be checked in.");
        }

        var rules = await RulesAsync(booking.InstrumentId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (now < booking.StartUtc.AddMinutes(-rules.CheckInMinutes))
        {
            return new("", "Check-in opens {0} minutes before the start.", rules.CheckInMinutes);
        }

        if (now > booking.StartUtc.AddMinutes(rules.NoShowGraceMinutes) || now >= booking.EndUtc)
        {
            return new("", "Check-in closed {0} minutes after the start; ask the lab manager.", rules.NoShowGraceMinutes);
        }

        booking.ActualStartUtc = now > booking.StartUtc ? now : booking.StartUtc;
        booking.MoveTo(BookingStatus.InUse);
        // No mail: the user did this themselves, on the page that confirms it.
        booking.ModifiedUtc = now;
        return null;
    }

    private void Move(Data.Booking booking, Instrument instrument, BookingStatus to, string? reason)
    {
        booking.MoveTo(to);
        booking.Reason = reason ?? booking.Reason;
        booking.ModifiedUtc = time.GetUtcNow().UtcDateTime;
        mail.StatusChanged(booking, instrument);
    }
}
