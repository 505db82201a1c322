using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.OpenLab.Booking;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Admin;

/// <summary>The lab manager decides requests; the operator records the actual start and end of use (what 机时 counts).</summary>
[Route("admin/openlab/bookings")]
[RequirePermission(Permissions.Manage)]
internal sealed class BookingsAdminController(IPortalDb db, BookingDesk desk, TimeProvider time, IStringLocalizer<BookingsAdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? show, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var q = db.Set<Data.Booking>().AsNoTracking();
        q = show switch
        {
            "past" => q.Where(b => b.EndUtc <= now).OrderByDescending(b => b.StartUtc),
            "requested" => q.Where(b => b.Status == BookingStatus.Requested).OrderBy(b => b.StartUtc),
            _ => q.Where(b => b.EndUtc > now || b.Status == BookingStatus.InUse).OrderBy(b => b.StartUtc),
        };
        var bookings = await q.Take(300).ToListAsync(ct);
        var ids = bookings.Select(b => b.InstrumentId).Distinct().ToList();
        var instruments = await db.Set<Instrument>().AsNoTracking().Where(i => i.Latest && ids.Contains(i.ContentItemId)).ToDictionaryAsync(i => i.ContentItemId, ct);
        return View(new BookingAdminList(bookings, instruments, show ?? "upcoming"));
    }

    [HttpPost("{id}/{verb:regex(^(approve|reject|start|complete|noshow|cancel)$)}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Decide(string id, string verb, string? reason, string? fee, CancellationToken ct)
    {
        var booking = await db.Set<Data.Booking>().FirstOrDefaultAsync(b => b.Id == id, ct);
        var instrument = booking is null ? null : await db.Set<Instrument>().AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == booking.InstrumentId && i.Latest, ct);
        if (booking is null || instrument is null)
        {
            return NotFound();
        }

        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(fee))
        {
            if (!decimal.TryParse(fee, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                TempData["Error"] = t["The fee is between 0 and 10,000,000 yuan."].Value;
                return Redirect(Url.Content("~/admin/openlab/bookings"));
            }

            amount = parsed;
        }

        var to = verb switch
        {
            "approve" => BookingStatus.Approved,
            "reject" => BookingStatus.Rejected,
            "start" => BookingStatus.InUse,
            "complete" => BookingStatus.Completed,
            "noshow" => BookingStatus.NoShow,
            _ => BookingStatus.Cancelled,
        };
        if (desk.Decide(booking, instrument, to, reason, amount) is { } refused)
        {
            TempData["Error"] = t[refused.Message, refused.Arguments].Value;
            return Redirect(Url.Content("~/admin/openlab/bookings"));
        }

        try
        {
            await db.SaveChangesAsync(ct);
            TempData["Message"] = t["The booking was updated."].Value;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Error"] = t["Someone else has already acted on this booking."].Value;
        }

        return Redirect(Url.Content("~/admin/openlab/bookings"));
    }
}
