using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Jobs;
using XinxingPortal.OpenLab.Booking;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Jobs;

/// <summary>
/// An approved booking whose start plus the instrument's grace period has passed with no recorded use becomes a
/// no-show, and its holder is told. Everything it needs is in the database, so bookings that fell due while every
/// node was down are marked on the first round after the restart.
/// </summary>
internal sealed class NoShowJob(IPortalDb db, TimeProvider time, BookingMail mail) : ITenantJob
{
    /// <summary>Enough for any round; what is left waits for the next one.</summary>
    private const int Batch = 200;

    public string Name => "openlab-no-shows";

    public string FeatureId => OpenLabFeature.Id;

    public async Task RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var late = await db.Set<Data.Booking>().AsNoTracking().Where(b => b.Status == BookingStatus.Approved && b.StartUtc < now)
            .OrderBy(b => b.StartUtc).Take(Batch).ToListAsync(ct);
        if (late.Count == 0)
        {
            return;
        }

        var ids = late.Select(b => b.InstrumentId).Distinct().ToList();
        var grace = await db.Set<InstrumentRules>().AsNoTracking().Where(r => ids.Contains(r.InstrumentId))
            .ToDictionaryAsync(r => r.InstrumentId, r => r.NoShowGraceMinutes, ct);
        var instruments = await db.Set<Instrument>().AsNoTracking().Where(i => i.Latest && ids.Contains(i.ContentItemId)).ToDictionaryAsync(i => i.ContentItemId, ct);
        var defaultGrace = new InstrumentRules().NoShowGraceMinutes;
        var due = late.Where(b => b.StartUtc.AddMinutes(grace.GetValueOrDefault(b.InstrumentId, defaultGrace)) <= now && instruments.ContainsKey(b.InstrumentId)).ToList();
        if (due.Count == 0)
        {
            return;
        }

        // One transaction: each booking moves only if it is still approved (the operator may record its start at this
        // very moment), and its mail is queued with the move or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var booking in due)
        {
            var moved = await db.Set<Data.Booking>().Where(b => b.Id == booking.Id && b.Status == BookingStatus.Approved)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.NoShow).SetProperty(b => b.Holds, false).SetProperty(b => b.ModifiedUtc, now), ct);
            if (moved == 1)
            {
                booking.MoveTo(BookingStatus.NoShow);
                mail.StatusChanged(booking, instruments[booking.InstrumentId]);
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
