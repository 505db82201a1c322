using XinxingPortal.Abstractions.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Outreach.Calendar;
using XinxingPortal.Outreach.Data;
using XinxingPortal.Outreach.Events;

namespace XinxingPortal.Outreach.Venues;

[Route("venues")]
internal sealed class VenuesController(EventQueries queries, ICultureLinks links, TimeProvider time, IServiceProvider services) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var filter = VenueFilter.From(Request.Query);
        var all = await queries.Venues(links.CurrentCulture).OrderBy(v => v.DisplayText).ToListAsync(ct);
        var today = time.BeijingToday();
        var shown = all.Where(v => (filter.Type is null || v.Type == filter.Type) && (filter.District is null || v.District == filter.District)
            && (!filter.OpenToday || OpeningHours.IsOpenOn(today, v.Hours, v.Closures))).ToList();
        return View(new VenueList(filter, shown, all.Select(v => v.District).Where(d => d.Length > 0).Distinct().Order().ToList(), today));
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var venue = await queries.Venues(links.CurrentCulture).FirstOrDefaultAsync(v => v.Slug == slug, ct);
        if (venue is null)
        {
            return NotFound();
        }

        var events = await queries.Upcoming(links.CurrentCulture).Where(e => e.VenueSet == venue.LocalizationSet).ToListAsync(ct);
        HttpContext.PageHead().SetAlternates(await queries.AlternatesAsync<Venue>(venue.LocalizationSet, (c, s) => links.Link(c, "/venues/" + s), ct));
        return View(new VenuePage(venue, events, time.BeijingToday(), await Photos.ForAsync(services, venue.PhotoIds, ct)));
    }

    [HttpGet("{slug}.ics")]
    public async Task<IActionResult> Calendar(string slug, CancellationToken ct)
    {
        var venue = await queries.Venues(links.CurrentCulture).FirstOrDefaultAsync(v => v.Slug == slug, ct);
        if (venue is null)
        {
            return NotFound();
        }

        var events = await queries.Upcoming(links.CurrentCulture).Where(e => e.VenueSet == venue.LocalizationSet).ToListAsync(ct);
        var ics = EventCalendar.Write(events, new Dictionary<string, Venue> { [venue.LocalizationSet] = venue }, Absolute, new Uri(Absolute("")).Host);
        return File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", slug + ".ics");
    }

    private string Absolute(string eventSlug) => links.Absolute(links.CurrentCulture, "/events/" + eventSlug);
}

internal sealed record VenueList(VenueFilter Filter, IReadOnlyList<Venue> Venues, IReadOnlyList<string> Districts, DateOnly Today);

internal sealed record VenuePage(Venue Venue, IReadOnlyList<OutreachEvent> Events, DateOnly Today, IReadOnlyList<XinxingPortal.Abstractions.Media.MediaImage> Photos);
