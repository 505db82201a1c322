using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Outreach.Data;
using XinxingPortal.Outreach.Events;

namespace XinxingPortal.Outreach.Admin;

/// <summary>Organisers create and edit their events (in Chinese; translations come by recipe for now). Saving publishes.</summary>
[Route("admin/outreach/events")]
[RequirePermission(Permissions.ManageEvents)]
internal sealed class EventsAdminController(
    IContentManager<OutreachEvent> content, IPortalDb db, SeatBook seats, IMarkdownRenderer markdown, IStringLocalizer<EventsAdminController> t) : Controller
{
    [HttpGet("new")]
    public Task<IActionResult> Create(CancellationToken ct) => FormAsync(new EventInput(), null, ct);

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(EventInput input, CancellationToken ct)
    {
        await ValidateAsync(input, null, ct);
        if (!ModelState.IsValid)
        {
            return await FormAsync(input, null, ct);
        }

        var created = await content.CreateAsync(Apply(new OutreachEvent { Culture = "zh-CN" }, input), User.Identity?.Name, ct);
        return await SaveAsync(created.ContentItemId, created.LocalizationSet, input, ct);
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken ct)
    {
        var ev = await content.GetLatestAsync(id, ct);
        return ev is null ? NotFound() : await FormAsync(new EventInput
        {
            Title = ev.DisplayText, Slug = ev.Slug, VenueSet = ev.VenueSet, OnlineUrl = ev.OnlineUrl, Capacity = ev.Capacity,
            Start = BeijingTime.FromUtc(ev.StartUtc), End = BeijingTime.FromUtc(ev.EndUtc),
            RegistrationOpens = BeijingTime.FromUtc(ev.RegistrationOpensUtc), RegistrationCloses = BeijingTime.FromUtc(ev.RegistrationClosesUtc),
            Audience = ev.Audience, Description = ev.Description,
        }, ev, ct);
    }

    [HttpPost("{id}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string id, EventInput input, CancellationToken ct)
    {
        var ev = await content.GetLatestAsync(id, ct);
        if (ev is null)
        {
            return NotFound();
        }

        await ValidateAsync(input, ev, ct);
        if (!ModelState.IsValid)
        {
            return await FormAsync(input, ev, ct);
        }

        await content.SaveDraftAsync(id, e => Apply(e, input), User.Identity?.Name, null, ct);
        return await SaveAsync(id, ev.LocalizationSet, input, ct);
    }

    private async Task<IActionResult> SaveAsync(string id, string set, EventInput input, CancellationToken ct)
    {
        if (!await seats.SetCapacityAsync(set, input.Capacity, ct))
        {
            TempData["Error"] = t["The capacity cannot be below the seats already taken."].Value;
            return RedirectToAction(nameof(Edit), new { id });
        }

        await content.PublishAsync(id, User.Identity?.Name, ct);
        await db.SaveChangesAsync(ct); // the capacity, when the event was already published
        TempData["Message"] = t["The event was saved and published."].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task ValidateAsync(EventInput input, OutreachEvent? existing, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(input.VenueSet) == string.IsNullOrEmpty(input.OnlineUrl))
        {
            ModelState.AddModelError(nameof(input.VenueSet), t["Choose a venue or give an online address, not both."]);
        }

        if (input.End <= input.Start)
        {
            ModelState.AddModelError(nameof(input.End), t["An event ends after it starts."]);
        }

        if (input.RegistrationCloses <= input.RegistrationOpens || input.RegistrationCloses > input.Start)
        {
            ModelState.AddModelError(nameof(input.RegistrationCloses), t["Registration closes after it opens and no later than the start."]);
        }

        var id = existing?.ContentItemId;
        if (await db.Set<OutreachEvent>().AnyAsync(e => e.Latest && e.Culture == "zh-CN" && e.Slug == input.Slug && e.ContentItemId != id, ct))
        {
            ModelState.AddModelError(nameof(input.Slug), t["Another event already uses this address."]);
        }
    }

    private OutreachEvent Apply(OutreachEvent e, EventInput input)
    {
        e.DisplayText = input.Title.Trim();
        e.Slug = input.Slug;
        e.VenueSet = string.IsNullOrEmpty(input.VenueSet) ? null : input.VenueSet;
        e.OnlineUrl = string.IsNullOrEmpty(input.OnlineUrl) ? null : input.OnlineUrl;
        e.StartUtc = BeijingTime.ToUtc(input.Start!.Value);
        e.EndUtc = BeijingTime.ToUtc(input.End!.Value);
        e.RegistrationOpensUtc = BeijingTime.ToUtc(input.RegistrationOpens!.Value);
        e.RegistrationClosesUtc = BeijingTime.ToUtc(input.RegistrationCloses!.Value);
        e.Capacity = input.Capacity;
        e.Audience = input.Audience?.Trim() ?? "";
        e.Description = input.Description ?? "";
        e.DescriptionHtml = markdown.ToSafeHtml(input.Description ?? "");
        return e;
    }

    private async Task<IActionResult> FormAsync(EventInput input, OutreachEvent? ev, CancellationToken ct)
    {
        var venues = await db.Set<Venue>().AsNoTracking().Where(v => v.Latest && v.Culture == "zh-CN").OrderBy(v => v.DisplayText)
            .Select(v => new KeyValuePair<string, string>(v.LocalizationSet, v.DisplayText)).ToListAsync(ct);
        input.Editor = new EventEditorPage(ev, venues);
        return View("Edit", input);
    }
}

/// <summary>What the event form shows besides its fields: the event (null for a new one) and the venues by localization set.</summary>
internal sealed record EventEditorPage(OutreachEvent? Event, IReadOnlyList<KeyValuePair<string, string>> Venues);
