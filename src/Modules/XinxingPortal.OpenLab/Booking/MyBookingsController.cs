using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.OpenLab.Data;
using XinxingPortal.OpenLab.Public;

namespace XinxingPortal.OpenLab.Booking;

/// <summary>The signed-in person's bookings: cancel one, and the private calendar feed (a secret URL they can replace).</summary>
[Authorize]
[Route("openlab/my")]
internal sealed class MyBookingsController(IPortalDb db, BookingDesk desk, TimeProvider time, IStringLocalizer<MyBookingsController> t) : Controller
{
    private string UserName => User.Identity!.Name!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var bookings = await db.Set<Data.Booking>().AsNoTracking().Where(b => b.UserName == UserName).OrderByDescending(b => b.StartUtc).Take(200).ToListAsync(ct);
        var ids = bookings.Select(b => b.InstrumentId).Distinct().ToList();
        var instruments = await db.Set<Instrument>().AsNoTracking().Where(i => i.Latest && ids.Contains(i.ContentItemId)).ToDictionaryAsync(i => i.ContentItemId, ct);
        var rules = await db.Set<InstrumentRules>().AsNoTracking().Where(r => ids.Contains(r.InstrumentId)).ToDictionaryAsync(r => r.InstrumentId, ct);
        var token = await db.Set<CalendarToken>().AsNoTracking().FirstOrDefaultAsync(c => c.UserName == UserName, ct);
        return View(new MyBookings(bookings, instruments, token is null ? null : Url.Content($"~/openlab/calendar/{token.Token}.ics"), rules, time.GetUtcNow().UtcDateTime));
    }

    /// <summary>The user checks in at the instrument, which records the start of use.</summary>
    [HttpPost("{id}/checkin")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> CheckIn(string id, CancellationToken ct)
    {
        var booking = await db.Set<Data.Booking>().FirstOrDefaultAsync(b => b.Id == id && b.UserName == UserName, ct);
        if (booking is null)
        {
            return NotFound();
        }

        if (await desk.CheckInAsync(booking, ct) is { } refused)
        {
            TempData["Error"] = t[refused.Message, refused.Arguments].Value;
        }
        else
        {
            await db.SaveChangesAsync(ct);
            TempData["Message"] = t["You are checked in; the operator records the end of your use."].Value;
        }

        return Redirect(Url.Content("~/openlab/my"));
    }

    [HttpPost("{id}/cancel")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Cancel(string id, CancellationToken ct)
    {
        var booking = await db.Set<Data.Booking>().FirstOrDefaultAsync(b => b.Id == id && b.UserName == UserName, ct);
        var instrument = booking is null ? null : await db.Set<Instrument>().AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == booking.InstrumentId && i.Latest, ct);
        if (booking is null || instrument is null)
        {
            return NotFound();
        }

        if (await desk.CancelAsync(booking, instrument, ct) is { } refused)
        {
            TempData["Error"] = t[refused.Message, refused.Arguments].Value;
        }
        else
        {
            await db.SaveChangesAsync(ct);
            TempData["Message"] = t["The booking is cancelled."].Value;
        }

        return Redirect(Url.Content("~/openlab/my"));
    }

    /// <summary>Creates or replaces the secret of the private feed; the old URL stops working at once.</summary>
    [HttpPost("calendar")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> NewFeed(bool revoke, CancellationToken ct)
    {
        var existing = await db.Set<CalendarToken>().FirstOrDefaultAsync(c => c.UserName == UserName, ct);
        if (existing is not null)
        {
            db.Set<CalendarToken>().Remove(existing);
            await db.SaveChangesAsync(ct);
        }

        if (!revoke)
        {
            db.Set<CalendarToken>().Add(new CalendarToken
            {
                UserName = UserName, Token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)), CreatedUtc = time.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
        }

        TempData["Message"] = (revoke ? t["The private calendar address no longer works."] : t["Your private calendar address is ready."]).Value;
        return Redirect(Url.Content("~/openlab/my"));
    }
}
