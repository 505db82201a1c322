using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.OpenLab.Data;
using XinxingPortal.OpenLab.Instruments;

namespace XinxingPortal.OpenLab.Booking;

/// <summary>iCalendar: an instrument's busy times (no names), one booking by its unguessable id, and a person's private feed.</summary>
[Route("openlab")]
internal sealed class CalendarFeedController(IPortalDb db, InstrumentQueries queries, ICultureLinks links, TimeProvider time, IStringLocalizer<CalendarFeedController> t) : Controller
{
    private string Host => new Uri(links.Absolute("zh-CN", "/")).Host;

    [HttpGet("instruments/{slug}.ics")]
    public async Task<IActionResult> Instrument(string slug, CancellationToken ct)
    {
        if (await queries.BySlugAsync(slug, ct) is not { } instrument)
        {
            return NotFound();
        }

        var since = time.GetUtcNow().UtcDateTime.AddDays(-30);
        var bookings = await db.Set<Data.Booking>().AsNoTracking().Where(b => b.InstrumentId == instrument.ContentItemId && b.Holds && b.EndUtc > since).ToListAsync(ct);
        var blackouts = await db.Set<Blackout>().AsNoTracking().Where(b => b.InstrumentId == instrument.ContentItemId && b.EndUtc > since).ToListAsync(ct);
        return Ics(BookingCalendar.Write(bookings, _ => t["Booked"].Value, _ => instrument.Address, blackouts, Host));
    }

    [HttpGet("bookings/{id}.ics")]
    public async Task<IActionResult> Booking(string id, CancellationToken ct)
    {
        var booking = id.Length == 32 ? await db.Set<Data.Booking>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) : null;
        return booking is null ? NotFound() : await PersonalAsync([booking], ct);
    }

    [HttpGet("calendar/{token}.ics")]
    public async Task<IActionResult> Private(string token, CancellationToken ct)
    {
        var owner = token.Length == 48 ? await db.Set<CalendarToken>().AsNoTracking().FirstOrDefaultAsync(c => c.Token == token, ct) : null;
        if (owner is null)
        {
            return NotFound();
        }

        var since = time.GetUtcNow().UtcDateTime.AddDays(-90);
        return await PersonalAsync(await db.Set<Data.Booking>().AsNoTracking().Where(b => b.UserName == owner.UserName && b.Holds && b.EndUtc > since).ToListAsync(ct), ct);
    }

    private async Task<IActionResult> PersonalAsync(IReadOnlyList<Data.Booking> bookings, CancellationToken ct)
    {
        var ids = bookings.Select(b => b.InstrumentId).Distinct().ToList();
        var instruments = await db.Set<Instrument>().AsNoTracking().Where(i => i.Latest && ids.Contains(i.ContentItemId)).ToDictionaryAsync(i => i.ContentItemId, ct);
        return Ics(BookingCalendar.Write(bookings, b => instruments.GetValueOrDefault(b.InstrumentId)?.DisplayText ?? "",
            b => instruments.GetValueOrDefault(b.InstrumentId)?.Address ?? "", [], Host));
    }

    private FileContentResult Ics(string text)
    {
        Response.Headers.CacheControl = "private, no-store";
        return File(System.Text.Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8");
    }
}
