using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
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
    public async Task<(Data.Booking? Booking, IReadOnlyList<RuleBreach> Breaches)> RequestAsync(
        Instrument instrument, string userName, string email, string culture, BookingInput input, CancellationToken ct)
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
        var breaches = BookingCheck.Check(startUtc, endUtc, instrument.ContentItemId, context);
        if (breaches.Count > 0)
        {
            return (null, breaches);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var booking = new Data.Booking
        {
            Id = Guid.NewGuid().ToString("N"), InstrumentId = instrument.ContentItemId, UserName = userName, Email = email, Culture = culture,
            Organisation = input.Organisation?.Trim() ?? "", StartUtc = startUtc, EndUtc = endUtc,
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

    private void Move(Data.Booking booking, Instrument instrument, BookingStatus to, string? reason)
    {
        booking.MoveTo(to);
        booking.Reason = reason ?? booking.Reason;
        booking.ModifiedUtc = time.GetUtcNow().UtcDateTime;
        mail.StatusChanged(booking, instrument);
    }
}
