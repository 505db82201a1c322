using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Admin;

/// <summary>Lab managers draft instruments and set their rules; a reviewer (not the author) publishes them.</summary>
[Route("admin/openlab")]
[RequirePermission(Permissions.Manage)]
internal sealed class InstrumentsAdminController(
    IContentManager<Instrument> content, IWorkflow workflow, IPortalDb db, TimeProvider time, IStringLocalizer<InstrumentsAdminController> t) : Controller
{
    private string UserName => User.Identity?.Name ?? "";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new InstrumentAdminList(
        await db.Set<Instrument>().AsNoTracking().Where(i => i.Latest).OrderBy(i => i.LabId).ThenBy(i => i.DisplayText).ToListAsync(ct), await LabsAsync(ct)));

    [HttpGet("create")]
    public Task<IActionResult> Create(CancellationToken ct) => EditViewAsync(new InstrumentInput { OriginalValue = "0.00" }, null, ct);

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(InstrumentInput input, CancellationToken ct)
    {
        await ValidateAsync(input, null, ct);
        if (!ModelState.IsValid)
        {
            return await EditViewAsync(input, null, ct);
        }

        var instrument = new Instrument { Culture = "zh-CN" };
        input.ApplyTo(instrument);
        var created = await content.CreateAsync(instrument, UserName, ct);
        db.Set<InstrumentRules>().Add(new InstrumentRules { InstrumentId = created.ContentItemId });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["The draft was saved."].Value;
        return RedirectToAction(nameof(Edit), new { id = created.ContentItemId });
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken ct) =>
        await content.GetLatestAsync(id, ct) is { } i ? await EditViewAsync(InstrumentInput.From(i), i, ct) : NotFound();

    [HttpPost("{id}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string id, InstrumentInput input, CancellationToken ct)
    {
        if (await content.GetLatestAsync(id, ct) is not { } instrument)
        {
            return NotFound();
        }

        await ValidateAsync(input, id, ct);
        if (!ModelState.IsValid)
        {
            return await EditViewAsync(input, instrument, ct);
        }

        await content.SaveDraftAsync(id, input.ApplyTo, UserName, null, ct);
        TempData["Message"] = t["The draft was saved."].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id}/submit")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Submit(string id, CancellationToken ct) => ActAsync(id, WorkflowAction.Submit, null, t["The instrument was sent for review."], ct);

    [HttpPost("{id}/approve")]
    [ValidateAntiForgeryToken]
    [RequirePermission(Permissions.Review)]
    public Task<IActionResult> Approve(string id, CancellationToken ct) => ActAsync(id, WorkflowAction.Approve, null, t["The instrument was approved and published."], ct);

    [HttpPost("{id}/return")]
    [ValidateAntiForgeryToken]
    [RequirePermission(Permissions.Review)]
    public Task<IActionResult> Return(string id, string? comment, CancellationToken ct) => ActAsync(id, WorkflowAction.Return, comment, t["The instrument was returned to its author."], ct);

    [HttpPost("{id}/unpublish")]
    [ValidateAntiForgeryToken]
    [RequirePermission(Permissions.Review)]
    public Task<IActionResult> Unpublish(string id, string? reason, CancellationToken ct) => ActAsync(id, WorkflowAction.Unpublish, reason, t["The instrument was unpublished."], ct);

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
            return await EditViewAsync(InstrumentInput.From(instrument), instrument, ct);
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
        return RedirectToAction(nameof(Edit), new { id });
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
            return await EditViewAsync(InstrumentInput.From(instrument), instrument, ct);
        }

        db.Set<Blackout>().Add(new Blackout
        {
            Id = Guid.NewGuid().ToString("N"), InstrumentId = id, StartUtc = BeijingTime.ToUtc(start!.Value), EndUtc = BeijingTime.ToUtc(end!.Value), Reason = reason!.Trim(),
        });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["The blackout was added."].Value;
        return RedirectToAction(nameof(Edit), new { id });
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
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id}/qualifications")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Grant(string id, string? userName, DateOnly? grantedOn, string? note, CancellationToken ct)
    {
        if (await content.GetLatestAsync(id, ct) is not { } instrument)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(userName) || userName.Length > 256)
        {
            ModelState.AddModelError("userName", t["Give the user name of the person trained."]);
        }

        if (note is { Length: > 500 } || note?.Contains('<', StringComparison.Ordinal) == true)
        {
            ModelState.AddModelError("note", t["The note is plain text of at most 500 characters."]);
        }

        if (!ModelState.IsValid)
        {
            return await EditViewAsync(InstrumentInput.From(instrument), instrument, ct);
        }

        db.Set<Qualification>().Add(new Qualification
        {
            Id = Guid.NewGuid().ToString("N"), InstrumentId = id, UserName = userName!.Trim(), GrantedOn = grantedOn ?? time.BeijingToday(),
            GrantedBy = UserName, Note = note?.Trim() ?? "",
        });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["The qualification was granted."].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id}/qualifications/{qualificationId}/revoke")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke(string id, string qualificationId, DateOnly? revokedOn, string? note, CancellationToken ct)
    {
        var q = await db.Set<Qualification>().FirstOrDefaultAsync(x => x.Id == qualificationId && x.InstrumentId == id && x.RevokedOn == null, ct);
        if (q is null)
        {
            return NotFound();
        }

        q.RevokedOn = revokedOn ?? time.BeijingToday();
        q.RevokeNote = note is { Length: > 0 and <= 500 } && !note.Contains('<', StringComparison.Ordinal) ? note.Trim() : null;
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["The qualification was revoked."].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task ValidateAsync(InstrumentInput input, string? id, CancellationToken ct)
    {
        // Checked here rather than in the model, so it is reported together with every other field's problem.
        if (input.OriginalValue is { } value && InstrumentInput.ParseValue(value) is null)
        {
            ModelState.AddModelError(nameof(input.OriginalValue), t[InstrumentInput.ValueMessage]);
        }

        if (input.LabId is { } lab && !await db.Set<Lab>().AnyAsync(l => l.ContentItemId == lab && l.Latest, ct))
        {
            ModelState.AddModelError(nameof(input.LabId), t["Choose the lab."]);
        }

        if (input.Slug is { } slug && await db.Set<Instrument>().AnyAsync(i => i.Latest && i.Slug == slug && i.ContentItemId != (id ?? ""), ct))
        {
            ModelState.AddModelError(nameof(input.Slug), t["Another instrument already uses this address."]);
        }
    }

    private async Task<IActionResult> ActAsync(string id, WorkflowAction action, string? note, LocalizedString done, CancellationToken ct)
    {
        try
        {
            await workflow.RunAsync<Instrument>(id, action, UserName, note, ct);
            TempData["Message"] = done.Value;
        }
        catch (ContentOperationException ex)
        {
            TempData["Error"] = t[ex.Message].Value;
        }

        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task<IReadOnlyDictionary<string, string>> LabsAsync(CancellationToken ct) =>
        await db.Set<Lab>().AsNoTracking().Where(l => l.Latest).ToDictionaryAsync(l => l.ContentItemId, l => l.DisplayText, ct);

    private async Task<IActionResult> EditViewAsync(InstrumentInput input, Instrument? instrument, CancellationToken ct)
    {
        var id = instrument?.ContentItemId ?? "";
        var page = new InstrumentEditPage(input, instrument, await LabsAsync(ct),
            instrument is null ? null : await db.Set<InstrumentRules>().AsNoTracking().FirstOrDefaultAsync(r => r.InstrumentId == id, ct) ?? new InstrumentRules(),
            await db.Set<Blackout>().AsNoTracking().Where(b => b.InstrumentId == id).OrderBy(b => b.StartUtc).ToListAsync(ct),
            await db.Set<Qualification>().AsNoTracking().Where(q => q.InstrumentId == id).OrderBy(q => q.UserName).ToListAsync(ct),
            instrument is null ? null : new WorkflowHistoryList(await workflow.HistoryAsync(nameof(Instrument), id, ct), ShowWho: true));
        Response.StatusCode = ModelState.IsValid ? 200 : 422;
        return View("Edit", page);
    }
}

/// <summary>The booking-rules form; opening hours are lines such as "Mon 08:30-12:00".</summary>
internal sealed class RulesInput
{
    [System.ComponentModel.DataAnnotations.Range(5, 240, ErrorMessage = "The slot is 5 to 240 minutes.")]
    public int SlotMinutes { get; set; } = 30;

    [System.ComponentModel.DataAnnotations.Range(5, 1440, ErrorMessage = "The shortest booking is 5 to 1,440 minutes.")]
    public int MinMinutes { get; set; } = 30;

    [System.ComponentModel.DataAnnotations.Range(5, 10080, ErrorMessage = "The longest booking is 5 to 10,080 minutes.")]
    public int MaxMinutes { get; set; } = 480;

    [System.ComponentModel.DataAnnotations.Range(0, 240, ErrorMessage = "A buffer is 0 to 240 minutes.")]
    public int BufferBeforeMinutes { get; set; }

    [System.ComponentModel.DataAnnotations.Range(0, 240, ErrorMessage = "A buffer is 0 to 240 minutes.")]
    public int BufferAfterMinutes { get; set; }

    [System.ComponentModel.DataAnnotations.Range(0, 720, ErrorMessage = "The minimum notice is 0 to 720 hours.")]
    public int MinNoticeHours { get; set; }

    [System.ComponentModel.DataAnnotations.Range(1, 366, ErrorMessage = "The booking horizon is 1 to 366 days.")]
    public int MaxNoticeDays { get; set; } = 60;

    [System.ComponentModel.DataAnnotations.Range(0, 720, ErrorMessage = "The cancellation deadline is 0 to 720 hours.")]
    public int CancelDeadlineHours { get; set; }

    [System.ComponentModel.DataAnnotations.Range(0, 1440, ErrorMessage = "The no-show grace period is 0 to 1,440 minutes.")]
    public int NoShowGraceMinutes { get; set; } = 30;

    public bool ApprovalRequired { get; set; }
    public bool QualificationRequired { get; set; }

    [System.ComponentModel.DataAnnotations.Range(0, 168, ErrorMessage = "A weekly quota is 0 to 168 hours.")]
    public int WeeklyQuotaHours { get; set; }

    [System.ComponentModel.DataAnnotations.Range(0, 744, ErrorMessage = "A monthly quota is 0 to 744 hours.")]
    public int MonthlyQuotaHours { get; set; }

    public string? Hours { get; set; }

    public List<OpeningPeriod>? ParseHours()
    {
        var list = new List<OpeningPeriod>();
        foreach (var line in (Hours ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (OpeningHoursText.Parse(line) is not { } period)
            {
                return null;
            }

            list.Add(period);
        }

        return list;
    }

    public void ApplyTo(InstrumentRules r, List<OpeningPeriod> hours)
    {
        r.SlotMinutes = SlotMinutes;
        r.MinMinutes = MinMinutes;
        r.MaxMinutes = Math.Max(MaxMinutes, MinMinutes);
        r.BufferBeforeMinutes = BufferBeforeMinutes;
        r.BufferAfterMinutes = BufferAfterMinutes;
        r.MinNoticeHours = MinNoticeHours;
        r.MaxNoticeDays = MaxNoticeDays;
        r.CancelDeadlineHours = CancelDeadlineHours;
        r.NoShowGraceMinutes = NoShowGraceMinutes;
        r.ApprovalRequired = ApprovalRequired;
        r.QualificationRequired = QualificationRequired;
        r.WeeklyQuotaHours = WeeklyQuotaHours;
        r.MonthlyQuotaHours = MonthlyQuotaHours;
        r.Hours = hours;
    }
}

/// <summary>Opening hours as text: "Mon 08:30-12:00"; a closing time of 24:00 (or 00:00) runs to midnight.</summary>
internal static class OpeningHoursText
{
    public static OpeningPeriod? Parse(string line)
    {
        var parts = line.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || !Enum.TryParse<DayOfWeek>(Day(parts[0]), true, out var day) || int.TryParse(parts[0], out _) ||
            !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens))
        {
            return null;
        }

        var closes = parts[2] == "24:00" ? TimeOnly.MinValue
            : TimeOnly.TryParseExact(parts[2], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var c) ? c : (TimeOnly?)null;
        return closes is { } end && (end == TimeOnly.MinValue || end > opens) ? new OpeningPeriod(day, opens, end) : null;
    }

    public static string Format(OpeningPeriod p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.Day.ToString()[..3]} {p.Opens:HH\\:mm}-{(p.Closes == TimeOnly.MinValue ? "24:00" : p.Closes.ToString("HH:mm", CultureInfo.InvariantCulture))}");

    private static string Day(string s) => s.Length == 3
        ? Enum.GetNames<DayOfWeek>().FirstOrDefault(n => n.StartsWith(s, StringComparison.OrdinalIgnoreCase)) ?? s
        : s;
}
