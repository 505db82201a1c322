using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Admin;

/// <summary>Lab managers draft instruments; a reviewer (not the author) publishes them. Rules, blackouts and training records have their own controllers on the same page.</summary>
[Route("admin/openlab")]
[RequirePermission(Permissions.Manage)]
[TypeFilter(typeof(LabScopeFilter), Arguments = new object[] { false })]
internal sealed class InstrumentsAdminController(
    IContentManager<Instrument> content, IWorkflow workflow, IPortalDb db, InstrumentEditPages pages, LabScope scope, IStringLocalizer<InstrumentsAdminController> t) : Controller
{
    private string UserName => User.Identity?.Name ?? "";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var q = db.Set<Instrument>().AsNoTracking().Where(i => i.Latest);
        if (await scope.LabsAsync(ct) is { } mine)
        {
            var labs = mine.ToList();
            q = q.Where(i => labs.Contains(i.LabId));
        }

        return View(new InstrumentAdminList(await q.OrderBy(i => i.LabId).ThenBy(i => i.DisplayText).ToListAsync(ct), await pages.LabsAsync(ct)));
    }

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
        else if (!await scope.MayManageLabAsync(input.LabId, ct))
        {
            ModelState.AddModelError(nameof(input.LabId), t["You manage only the labs you are assigned to."]);
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

    private async Task<IActionResult> EditViewAsync(InstrumentInput input, Instrument? instrument, CancellationToken ct)
    {
        Response.StatusCode = ModelState.IsValid ? 200 : 422;
        return View("Edit", await pages.BuildAsync(input, instrument, ct));
    }
}
