using XinxingPortal.Abstractions.Seo;
using XinxingPortal.Abstractions.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Outreach.Calendar;
using XinxingPortal.Outreach.Data;
using XinxingPortal.Outreach.Registrations;

namespace XinxingPortal.Outreach.Events;

[Route("events")]
internal sealed class EventsController(
    EventQueries queries, RegistrationDesk desk, IPortalDb db, ICultureLinks links, TimeProvider time, IStringLocalizer<EventsController> t, IServiceProvider services)
    : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? when, string? venue, string? audience, CancellationToken ct)
    {
        var q = queries.Upcoming(links.CurrentCulture);
        if (when == "week")
        {
            var weekEnd = time.GetUtcNow().UtcDateTime.AddDays(7);
            q = q.Where(e => e.StartUtc <= weekEnd);
        }

        if (venue is { Length: > 0 and <= 64 })
        {
            q = q.Where(e => e.VenueSet == venue);
        }

        if (audience is { Length: > 0 and <= 64 })
        {
            q = q.Where(e => e.Audience.Contains(audience));
        }

        var events = await q.ToListAsync(ct);
        var venues = await queries.VenuesBySetAsync(links.CurrentCulture, events.Select(e => e.VenueSet), ct);
        var allVenues = await queries.Venues(links.CurrentCulture).OrderBy(v => v.DisplayText).Select(v => new { v.LocalizationSet, v.DisplayText }).ToListAsync(ct);
        var seats = await queries.SeatsLeftAsync(events.Select(e => e.LocalizationSet), ct);
        return View(new EventList(events, venues, seats, allVenues.Select(v => (v.LocalizationSet, v.DisplayText)).ToList(), when, venue, audience));
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await FindAsync(slug, ct) is { } ev ? await PageAsync(ev, new RegistrationInput(), ct) : NotFound();

    [HttpPost("{slug}/register")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.PublicForms)]
    public async Task<IActionResult> Register(string slug, RegistrationInput input, CancellationToken ct)
    {
        var ev = await FindAsync(slug, ct);
        if (ev is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var registration = await db.CommitAsync(() => desk.RegisterAsync(ev, input, links.CurrentCulture, LinkFor, ct), ct);
                return Redirect(links.Link(links.CurrentCulture, "/registrations/" + registration.Token));
            }
            catch (RegistrationRefused refused)
            {
                ModelState.AddModelError("", refused.Number is { } n ? t[refused.Message, n] : t[refused.Message]);
            }
        }

        return await PageAsync(ev, input, ct);
    }

    [HttpGet("{slug}.ics")]
    public async Task<IActionResult> Calendar(string slug, CancellationToken ct)
    {
        var ev = await FindAsync(slug, ct);
        return ev is null ? NotFound() : await IcsAsync([ev], slug + ".ics", ct);
    }

    [HttpGet("/events.ics")]
    public async Task<IActionResult> All(CancellationToken ct) => await IcsAsync(await queries.Upcoming(links.CurrentCulture).ToListAsync(ct), "events.ics", ct);

    private async Task<IActionResult> IcsAsync(IReadOnlyList<OutreachEvent> events, string name, CancellationToken ct)
    {
        var venues = await queries.VenuesBySetAsync(links.CurrentCulture, events.Select(e => e.VenueSet), ct);
        var ics = EventCalendar.Write(events, venues, s => Absolute("/events/" + s), new Uri(Absolute("/")).Host);
        return File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", name);
    }

    private Task<OutreachEvent?> FindAsync(string slug, CancellationToken ct) =>
        queries.Events(links.CurrentCulture).FirstOrDefaultAsync(e => e.Slug == slug, ct);

    private async Task<IActionResult> PageAsync(OutreachEvent ev, RegistrationInput input, CancellationToken ct)
    {
        var venue = ev.VenueSet is null ? null : (await queries.VenuesBySetAsync(links.CurrentCulture, [ev.VenueSet], ct)).GetValueOrDefault(ev.VenueSet);
        var left = await desk.SeatsLeftAsync(ev.LocalizationSet, ct);
        var now = time.GetUtcNow().UtcDateTime;
        HttpContext.PageHead().SetAlternates(await queries.AlternatesAsync<OutreachEvent>(ev.LocalizationSet, (c, s) => links.Link(c, "/events/" + s), ct));
        return View("Show", new EventPage(ev, venue, left, now >= ev.RegistrationOpensUtc && now <= ev.RegistrationClosesUtc && now < ev.StartUtc,
            Absolute("/events/" + ev.Slug), venue is null ? null : Absolute("/venues/" + venue.Slug), await Photos.ForAsync(services, ev.PhotoIds, ct), input));
    }

    private string LinkFor(string token) => Absolute("/registrations/" + token);

    private string Absolute(string path) => links.Absolute(links.CurrentCulture, path);
}

internal sealed record EventList(
    IReadOnlyList<OutreachEvent> Events, IReadOnlyDictionary<string, Venue> Venues, IReadOnlyDictionary<string, int> SeatsLeft,
    IReadOnlyList<(string Set, string Name)> AllVenues, string? When, string? Venue, string? Audience);

internal sealed record EventPage(
    OutreachEvent Event, Venue? Venue, int SeatsLeft, bool RegistrationOpen, string Url, string? VenueUrl,
    IReadOnlyList<XinxingPortal.Abstractions.Media.MediaImage> Photos, RegistrationInput Registration);
