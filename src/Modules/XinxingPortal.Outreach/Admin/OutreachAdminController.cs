using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Export;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Outreach.Data;
using XinxingPortal.Outreach.Events;
using XinxingPortal.Outreach.Registrations;

namespace XinxingPortal.Outreach.Admin;

/// <summary>Organisers see their events' registrations (personal data: only the organiser and administrators).</summary>
[Route("admin/outreach")]
[RequirePermission(Permissions.ManageEvents)]
internal sealed class OutreachAdminController(IPortalDb db, RegistrationMail mail, IAuditLog audit, ITableExport export, IStringLocalizer<OutreachAdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var events = await Mine(db.Set<OutreachEvent>().AsNoTracking().Where(e => e.Latest && e.Culture == "zh-CN")).OrderByDescending(e => e.StartUtc).ToListAsync(ct);
        var sets = events.Select(e => e.LocalizationSet).ToList();
        var counts = await db.Set<Registration>().AsNoTracking().Where(r => sets.Contains(r.EventSet) && r.Status != RegistrationStatus.Cancelled)
            .GroupBy(r => new { r.EventSet, r.Status }).Select(g => new { g.Key.EventSet, g.Key.Status, People = g.Sum(r => r.PartySize) }).ToListAsync(ct);
        return View(new OrganiserEventsPage(events, counts.ToDictionary(c => (c.EventSet, c.Status), c => c.People)));
    }

    [HttpGet("{set}")]
    public async Task<IActionResult> Registrations(string set, CancellationToken ct)
    {
        var ev = await EventAsync(set, ct);
        return ev is null ? NotFound() : View((ev, await RegistrationsOf(set).ToListAsync(ct)));
    }

    [HttpGet("{set}/registrations.csv")]
    public async Task<IActionResult> Csv(string set, CancellationToken ct)
    {
        if (await EventAsync(set, ct) is null)
        {
            return NotFound();
        }

        var file = export.Csv(await RegistrationTableAsync(set, ct));
        audit.Record("outreach.export", $"Event:{set}", "csv");
        await db.SaveChangesAsync(ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    [HttpGet("{set}/registrations.xlsx")]
    public async Task<IActionResult> Xlsx(string set, CancellationToken ct)
    {
        if (await EventAsync(set, ct) is null)
        {
            return NotFound();
        }

        var file = export.Xlsx(await RegistrationTableAsync(set, ct));
        audit.Record("outreach.export", $"Event:{set}", "xlsx");
        await db.SaveChangesAsync(ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<Table> RegistrationTableAsync(string set, CancellationToken ct) => new($"registrations-{set}",
        ["Name", "Mobile", "Email", "PartySize", "Status", "RegisteredAt"],
        [.. (await RegistrationsOf(set).ToListAsync(ct)).Select(r => (IReadOnlyList<string>)[r.Name, r.Mobile, r.Email,
            r.PartySize.ToString(CultureInfo.InvariantCulture), r.Status.ToString(), BeijingTime.DateAndTime(r.CreatedUtc)])]);

    /// <summary>Cancels or postpones the event in every language and tells everyone registered or waiting.</summary>
    [HttpPost("{set}/status")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Status(string set, EventStatus status, CancellationToken ct)
    {
        var ev = await EventAsync(set, ct);
        if (ev is null)
        {
            return NotFound();
        }

        await db.Set<OutreachEvent>().Where(e => e.LocalizationSet == set).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, status), ct);
        ev.Status = status;
        if (status != EventStatus.Scheduled)
        {
            foreach (var r in await RegistrationsOf(set).Where(r => r.Status != RegistrationStatus.Cancelled).ToListAsync(ct))
            {
                mail.EventChanged(r, ev);
            }
        }

        audit.Record("outreach.status", $"Event:{set}", status.ToString());
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["The event's status was changed and everyone registered was told."].Value;
        return RedirectToAction(nameof(Registrations), new { set });
    }

    private IQueryable<Registration> RegistrationsOf(string set) =>
        db.Set<Registration>().AsNoTracking().Where(r => r.EventSet == set).OrderBy(r => r.CreatedUtc);

    private Task<OutreachEvent?> EventAsync(string set, CancellationToken ct) =>
        Mine(db.Set<OutreachEvent>().AsNoTracking().Where(e => e.LocalizationSet == set && e.Latest)).OrderBy(e => e.Culture == "zh-CN" ? 0 : 1).FirstOrDefaultAsync(ct);

    /// <summary>An organiser sees the events they own; administrators see all.</summary>
    private IQueryable<OutreachEvent> Mine(IQueryable<OutreachEvent> events) =>
        User.IsInRole(PortalRoles.Administrator) ? events : events.Where(e => e.Owner == User.Identity!.Name);
}

/// <summary>The organiser's events with the people registered or waiting for each.</summary>
internal sealed record OrganiserEventsPage(IReadOnlyList<OutreachEvent> Events, IReadOnlyDictionary<(string EventSet, RegistrationStatus Status), int> People);
