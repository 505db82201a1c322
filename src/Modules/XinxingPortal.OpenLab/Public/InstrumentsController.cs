using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.OpenLab.Booking;
using XinxingPortal.OpenLab.Data;
using XinxingPortal.OpenLab.Instruments;

namespace XinxingPortal.OpenLab.Public;

[Route("openlab")]
internal sealed class InstrumentsController(InstrumentQueries queries, BookingDesk desk, IPortalDb db, ICultureLinks links, IMediaLibrary media, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? lab, string? code, SharingMode? sharing, OperatingStatus? status, DateOnly? date, CancellationToken ct)
    {
        var filter = new InstrumentFilter(lab, code, sharing, status, date);
        return View(new InstrumentList(await queries.ListAsync(filter, ct), await queries.LabNamesAsync(ct), filter));
    }

    [HttpGet("instruments/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        if (await queries.BySlugAsync(slug, ct) is not { } instrument)
        {
            return NotFound();
        }

        var lab = await queries.Labs().FirstOrDefaultAsync(l => l.ContentItemId == instrument.LabId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var blackouts = await db.Set<Blackout>().AsNoTracking().Where(b => b.InstrumentId == instrument.ContentItemId && b.EndUtc > now)
            .OrderBy(b => b.StartUtc).Take(20).ToListAsync(ct);
        var photos = await media.GetManyAsync(instrument.PhotoIds, ct);
        return View(new InstrumentDetail(instrument, lab, await desk.RulesAsync(instrument.ContentItemId, ct), blackouts,
            InstrumentJsonLd.Of(instrument, lab, links.Absolute(links.CurrentCulture, $"/openlab/instruments/{instrument.Slug}")), photos));
    }
}
