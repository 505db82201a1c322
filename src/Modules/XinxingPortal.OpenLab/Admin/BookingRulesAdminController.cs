using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Admin;

/// <summary>An instrument's booking rules and blackouts, saved from its edit page; a blackout over bookings cancels them.</summary>
[Route("admin/openlab")]
[RequirePermission(Permissions.Manage)]
[TypeFilter(typeof(LabScopeFilter), Arguments = new object[] { false })]
internal sealed class BookingRulesAdminController(
    IContentManager<Instrument> content, IPortalDb db, InstrumentEditPages pages, Booking.BookingDesk desk, IStringLocalizer<BookingRulesAdminController> t) : Controller
{
    [HttpPost("{id}/rules")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Rules(string id, RulesInput input, CancellationToken ct)
    {
        if (await content.GetLatestAsync(id, ct) is not { } instrument)
        {
            return NotFound();
        }

        var hours = input.ParseHours();
        if (hours is null)
        {
            ModelState.AddModelError(nameof(input.Hours), t["Write one period a line, such as \"Mon 08:30-12:00\"; the closing time is after the opening time."]);
        }

        if (!ModelState.IsValid)
        {
            return await EditViewAsync(instrument, ct);
        }

        var rules = await db.Set<InstrumentRules>().FirstOrDefaultAsync(r => r.InstrumentId == id, ct);
        if (rules is null)
        {
            rules = new InstrumentRules { InstrumentId = id };
            db.Set<InstrumentRules>().Add(rules);
        }

        input.ApplyTo(rules, hours!);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["The booking rules were saved."].Value;
        return BackToEdit(id);
    }

    [HttpPost("{id}/blackouts")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddBlackout(string id, DateTime? start, DateTime? end, string? reason, CancellationToken ct)
    {
        if (await content.GetLatestAsync(id, ct) is not { } instrument)
        {
            return NotFound();
        }

        if (start is null || end is null || end <= start)
        {
            ModelState.AddModelError("blackout", t["Give a start and an end after it."]);
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 256 || reason.Contains('<', StringComparison.Ordinal))
        {
            ModelState.AddModelError("reason", t["Give the reason in plain text, at most 256 characters."]);
        }

        if (!ModelState.IsValid)
        {
            return await EditViewAsync(instrument, ct);
        }

        var blackout = new Blackout
        {
            Id = Guid.NewGuid().ToString("N"), InstrumentId = id, StartUtc = BeijingTime.ToUtc(start!.Value), EndUtc = BeijingTime.ToUtc(end!.Value), Reason = reason!.Trim(),
        };
        db.Set<Blackout>().Add(blackout);
        // LibreBooking's rule: a blackout over booked time does not leave those bookings standing unseen. Each booking
        // not yet in use is cancelled with the blackout's reason, and its holder gets the cancellation mail, in the
        // same commit as the blackout.
        var overlapping = await db.Set<Data.Booking>()
            .Where(b => b.InstrumentId == id && (b.Status == BookingStatus.Requested || b.Status == BookingStatus.Approved)
                && b.StartUtc < blackout.EndUtc && b.EndUtc > blackout.StartUtc)
            .ToListAsync(ct);
        foreach (var booking in overlapping)
        {
            desk.Decide(booking, instrument, BookingStatus.Cancelled, blackout.Reason, null);
        }

        await db.SaveChangesAsync(ct);
        TempData["Message"] = overlapping.Count == 0
            ? t["The blackout was added."].Value
            : t["The blackout was added; {0} bookings during it were cancelled and their holders told.", overlapping.Count].Value;
        return BackToEdit(id);
    }

    [HttpPost("{id}/blackouts/{blackoutId}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> DeleteBlackout(string id, string blackoutId, CancellationToken ct)
    {
        var blackout = await db.Set<Blackout>().FirstOrDefaultAsync(b => b.Id == blackoutId && b.InstrumentId == id, ct);
        if (blackout is null)
        {
            return NotFound();
        }

        db.Set<Blackout>().Remove(blackout);
        await db.SaveChangesAsync(ct);
        return BackToEdit(id);
    }

    private async Task<IActionResult> EditViewAsync(Instrument instrument, CancellationToken ct)
    {
        Response.StatusCode = 422;
        return View(InstrumentEditPages.View, await pages.BuildAsync(InstrumentInput.From(instrument), instrument, ct));
    }

    private RedirectToActionResult BackToEdit(string id) => RedirectToAction("Edit", "InstrumentsAdmin", new { id });
}
