using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Organisations;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.OpenLab.Data;
using XinxingPortal.OpenLab.Instruments;
using XinxingPortal.OpenLab.Public;

namespace XinxingPortal.OpenLab.Booking;

/// <summary>A signed-in person picks a free slot on the week calendar and books it.</summary>
[Authorize]
[Route("openlab/instruments/{slug}/book")]
internal sealed class BookingController(
    InstrumentQueries queries, BookingDesk desk, BookingOrganisations organisations, IPortalDb db, ICultureLinks links, TimeProvider time,
    IStringLocalizer<BookingController> t) : Controller
{
    private static readonly BookingStatus[] Holding = [BookingStatus.Requested, BookingStatus.Approved, BookingStatus.InUse];

    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, DateOnly? week, DateTime? start, CancellationToken ct)
    {
        if (await queries.BySlugAsync(slug, ct) is not { } instrument)
        {
            return NotFound();
        }

        var rules = await desk.RulesAsync(instrument.ContentItemId, ct);
        var input = new BookingInput { Start = start, End = start?.AddMinutes(Math.Max(rules.MinMinutes, rules.SlotMinutes)) };
        return await PageAsync(instrument, rules, week ?? (start is { } s ? DateOnly.FromDateTime(s) : time.BeijingToday()), input, ct);
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Book(string slug, BookingInput input, CancellationToken ct)
    {
        if (await queries.BySlugAsync(slug, ct) is not { } instrument)
        {
            return NotFound();
        }

        var rules = await desk.RulesAsync(instrument.ContentItemId, ct);
        var week = input.Start is { } s ? DateOnly.FromDateTime(s) : time.BeijingToday();
        if (!ModelState.IsValid)
        {
            return await PageAsync(instrument, rules, week, input, ct);
        }

        // Asked only when the user chose an organisation: the common booking costs no extra query (contention tests post hundreds at once).
        IReadOnlyList<ActingOrganisation> mayActFor = string.IsNullOrWhiteSpace(input.OnBehalfOf) ? [] : await organisations.ForAsync(User, ct);
        var (booking, breaches) = await desk.RequestAsync(
            instrument, User.Identity!.Name!, User.FindFirstValue(ClaimTypes.Email) ?? "", links.CurrentCulture, input, mayActFor, ct);
        foreach (var b in breaches)
        {
            ModelState.AddModelError(b.Field, t[b.Message, b.Arguments]);
        }

        if (booking is null)
        {
            return await PageAsync(instrument, rules, week, input, ct);
        }

        if (!await SaveAsync(instrument.ContentItemId, ct))
        {
            // The database refused it: someone else holds (part of) this time. Nothing was written.
            ModelState.AddModelError(nameof(input.Start), t["This time has just been booked by someone else; choose another slot."]);
            return await PageAsync(instrument, rules, week, input, ct);
        }

        TempData["Message"] = (booking.Status == BookingStatus.Approved ? t["Your booking is confirmed."] : t["Your booking was sent to the lab manager for approval."]).Value;
        return Redirect(Url.Content("~/openlab/my"));
    }

    private const int MaxAttempts = 8;

    /// <summary>
    /// Commits the booking; false when the database refuses it as overlapping. PostgreSQL checks an exclusion
    /// constraint after the row is in the index, so overlapping inserts at the same moment wait on each other until the
    /// deadlock detector aborts one (40P01) a second: 200 at once took minutes. Bookings of one instrument therefore
    /// queue for their turn and each meets only committed rows. Should a deadlock still happen, the booking is tried
    /// again after a short random pause, and then taken or refused as overlapping.
    /// </summary>
    private async Task<bool> SaveAsync(string instrumentId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await db.CommitAsync(async () =>
                {
                    await db.WaitForTurnAsync("openlab-booking:" + instrumentId, ct);
                    return true;
                }, ct);
            }
            catch (DbUpdateException ex) when (Overlaps.IsOverlap(ex))
            {
                return false;
            }
            catch (Exception ex) when (attempt < MaxAttempts && DatabaseErrors.IsDeadlock(ex))
            {
                // Nothing was written; the entities are still staged for the next attempt.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50) * attempt), time, ct);
            }
        }
    }

    private async Task<IActionResult> PageAsync(Instrument instrument, InstrumentRules rules, DateOnly week, BookingInput input, CancellationToken ct)
    {
        var monday = week.AddDays(-(((int)week.DayOfWeek + 6) % 7));
        var from = BeijingTime.StartOfDayUtc(monday);
        var to = BeijingTime.StartOfDayUtc(monday.AddDays(7));
        // No block is longer than the rules allow, so the index on (instrument, start) reads the week, not the year before it.
        var earliest = from - Admin.RulesInput.LongestBlock;
        var taken = await db.Set<Data.Booking>().AsNoTracking()
            .Where(b => b.InstrumentId == instrument.ContentItemId && b.Holds && b.BlockStartUtc > earliest && b.BlockStartUtc < to && b.BlockEndUtc > from)
            .Select(b => new { b.BlockStartUtc, b.BlockEndUtc }).ToListAsync(ct);
        var blackouts = await db.Set<Blackout>().AsNoTracking().Where(b => b.InstrumentId == instrument.ContentItemId && b.EndUtc > from && b.StartUtc < to).ToListAsync(ct);
        var grid = WeekCalendar.Draw(monday, rules, [.. taken.Select(b => (b.BlockStartUtc, b.BlockEndUtc))], blackouts, time.GetUtcNow().UtcDateTime);
        Response.StatusCode = ModelState.IsValid ? 200 : 422;
        return View("Index", new BookingPage(instrument, rules, grid, input, await organisations.ForAsync(User, ct)));
    }
}

/// <summary>Recognises the database's refusal of an overlapping booking, on either provider, by the constraint's name.</summary>
internal static class Overlaps
{
    public static bool IsOverlap(DbUpdateException ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e.Message.Contains(BookingConfiguration.NoOverlap, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
