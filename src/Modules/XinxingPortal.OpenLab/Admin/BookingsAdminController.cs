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
[TypeFilter(typeof(LabScopeFilter), Arguments = new object[] { LabScopeFilter.ForBookings })]
internal sealed class BookingsAdminController(IPortalDb db, BookingDesk desk, LabScope scope, TimeProvider time, IStringLocalizer<BookingsAdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? show, CancellationToken ct) => View(await ListAsync(show, null, ct));

    /// <summary>The operator enters the actual start and end of use (Beijing time), and the fee if it is not by the hour.</summary>
    [HttpPost("{id}/use")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RecordUse(string id, DateTime? start, DateTime? end, string? fee, string? show, CancellationToken ct)
    {
        var booking = await db.Set<Data.Booking>().FirstOrDefaultAsync(b => b.Id == id, ct);
        var instrument = booking is null ? null : await db.Set<Instrument>().AsNoTracking().FirstOrDefaultAsync(i => i.ContentItemId == booking.InstrumentId && i.Latest, ct);
        if (booking is null || instrument is null)
        {
            return NotFound();
        }

        // A value the model binder could not read (a date typed by hand) is reported as missing rather than ignored.
        var breaches = new List<RuleBreach>();
        if (!ModelState.IsValid)
        {
            breaches.AddRange(ModelState.Where(e => e.Value!.Errors.Count > 0).Select(e => new RuleBreach(e.Key, e.Key == "end" ? "Give the end of use." : "Give the start of use.")));
            ModelState.Clear();
        }

        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(fee))
        {
            if (decimal.TryParse(fee, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                amount = parsed;
            }
            else
            {
                breaches.Add(new("fee", "The fee is between 0 and 10,000,000 yuan."));
            }
        }

        if (breaches.Count == 0)
        {
            breaches.AddRange(await desk.RecordUseAsync(booking, instrument, start, end, amount, ct));
        }

        if (breaches.Count > 0)
        {
            foreach (var b in breaches)
            {
                ModelState.AddModelError(BookingAdminList.UseField(id, b.Field), t[b.Message, b.Arguments]);
            }

            Response.StatusCode = 422;
            return View("Index", await ListAsync(show, new UseAttempt(id, Request.Form["start"], Request.Form["end"], fee), ct));
        }

        try
        {
            await db.SaveChangesAsync(ct);
            TempData["Message"] = t["The use was recorded."].Value;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Error"] = t["Someone else has already acted on this booking."].Value;
        }

        return Redirect(Url.Content("~/admin/openlab/bookings" + (show is "past" or "requested" ? "?show=" + show : "")));
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

    private async Task<BookingAdminList> ListAsync(string? show, UseAttempt? attempt, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var q = db.Set<Data.Booking>().AsNoTracking();
        if (await scope.InstrumentsAsync(ct) is { } mine)
        {
            var instrumentIds = mine.ToList();
            q = q.Where(b => instrumentIds.Contains(b.InstrumentId));
        }

        q = show switch
        {
            "past" => q.Where(b => b.EndUtc <= now).OrderByDescending(b => b.StartUtc),
            "requested" => q.Where(b => b.Status == BookingStatus.Requested).OrderBy(b => b.StartUtc),
            _ => q.Where(b => b.EndUtc > now || b.Status == BookingStatus.InUse).OrderBy(b => b.StartUtc),
        };
        var bookings = await q.Take(300).ToListAsync(ct);
        if (attempt is not null && !bookings.Any(b => b.Id == attempt.BookingId))
        {
            // The refused form is shown again whichever list it was sent from.
            bookings.Insert(0, await db.Set<Data.Booking>().AsNoTracking().SingleAsync(b => b.Id == attempt.BookingId, ct));
        }

        var ids = bookings.Select(b => b.InstrumentId).Distinct().ToList();
        var instruments = await db.Set<Instrument>().AsNoTracking().Where(i => i.Latest && ids.Contains(i.ContentItemId)).ToDictionaryAsync(i => i.ContentItemId, ct);
        return new BookingAdminList(bookings, instruments, show is "past" or "requested" ? show : "upcoming", now, attempt);
    }
}
