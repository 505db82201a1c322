using XinxingPortal.Abstractions.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Policies.Data;
using XinxingPortal.Policies.Documents;

namespace XinxingPortal.Policies.Admin;

[Route("admin/policies")]
[RequirePermission(Permissions.Edit)]
internal sealed class PoliciesAdminController(
    IContentManager<PolicyDocument> content, PolicyWorkflow workflow, IWorkflow reviews, PolicyEditor editor, IPortalDb db,
    IMarkdownRenderer markdown, ICultureLinks links, TimeProvider time, IStringLocalizer<PoliciesAdminController> t) : Controller
{
    private string UserName => User.Identity?.Name ?? "";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var documents = await db.Set<PolicyDocument>().AsNoTracking().Where(d => d.Latest).OrderByDescending(d => d.ModifiedUtc).ToListAsync(ct);
        var sources = documents.Where(d => d.TranslatedFrom is not null).Select(d => d.TranslatedFrom!).ToList();
        var published = await db.Set<PolicyDocument>().AsNoTracking().Where(d => d.Published && sources.Contains(d.ContentItemId))
            .ToDictionaryAsync(d => d.ContentItemId, d => d.Number, ct);
        var stale = documents
            .Where(d => d.TranslatedFrom is { } source && published.GetValueOrDefault(source) > d.TranslatedFromNumber)
            .Select(d => d.ContentItemId).ToHashSet();
        return View(new PolicyListPage(documents, stale));
    }

    [HttpGet("create")]
    public Task<IActionResult> Create(CancellationToken ct) =>
        EditViewAsync(new PolicyInput { Culture = links.CurrentCulture, WrittenOn = time.BeijingToday() }, null, ct);

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(PolicyInput input, CancellationToken ct)
    {
        await editor.ValidateAsync(input, null, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return await EditViewAsync(input, null, ct);
        }

        var document = new PolicyDocument();
        input.ApplyTo(document, markdown.ToSafeHtml(input.Body));
        var created = await content.CreateAsync(document, UserName, ct);
        TempData["Message"] = t["The draft was saved."].Value;
        return RedirectToAction(nameof(Edit), new { id = created.ContentItemId });
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken ct) =>
        await content.GetLatestAsync(id, ct) is { } document ? await EditViewAsync(PolicyInput.From(document), document, ct) : NotFound();

    [HttpPost("{id}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string id, PolicyInput input, CancellationToken ct)
    {
        var document = await content.GetLatestAsync(id, ct);
        if (document is null)
        {
            return NotFound();
        }

        input.Culture = document.Culture;
        await editor.ValidateAsync(input, document, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return await EditViewAsync(input, document, ct);
        }

        var html = markdown.ToSafeHtml(input.Body);
        await content.SaveDraftAsync(id, d => input.ApplyTo(d, html), UserName, input.ChangeNote, ct);
        TempData["Message"] = t["The draft was saved."].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id}/submit")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Submit(string id, CancellationToken ct) =>
        ActAsync(id, () => workflow.SubmitAsync(id, UserName, ct), t["The document was sent for review."]);

    [HttpPost("{id}/approve")]
    [ValidateAntiForgeryToken]
    [RequirePermission(Permissions.Review)]
    public Task<IActionResult> Approve(string id, CancellationToken ct) =>
        ActAsync(id, () => workflow.ApproveAsync(id, UserName, ct), t["The document was approved and published."]);

    [HttpPost("{id}/return")]
    [ValidateAntiForgeryToken]
    [RequirePermission(Permissions.Review)]
    public Task<IActionResult> Return(string id, string? comment, CancellationToken ct) =>
        ActAsync(id, () => workflow.ReturnAsync(id, UserName, comment ?? "", ct), t["The document was returned to its author."]);

    [HttpPost("{id}/unpublish")]
    [ValidateAntiForgeryToken]
    [RequirePermission(Permissions.Review)]
    public Task<IActionResult> Unpublish(string id, string? reason, CancellationToken ct) =>
        ActAsync(id, () => content.UnpublishAsync(id, reason ?? "", UserName, ct), t["The document was unpublished."]);

    [HttpPost("{id}/validity")]
    [ValidateAntiForgeryToken]
    [RequirePermission(Permissions.Review)]
    public Task<IActionResult> Validity(string id, Validity validity, DateOnly? changedOn, string? replacedBy, CancellationToken ct) =>
        ActAsync(id, async () =>
        {
            await workflow.ChangeValidityAsync(id, validity, changedOn, string.IsNullOrEmpty(replacedBy) ? null : replacedBy, UserName, ct);
            await db.SaveChangesAsync(ct);
        }, t["The validity was changed."]);

    [HttpPost("{id}/translate")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Translate(string id, string culture, CancellationToken ct)
    {
        if (!links.SiteCultures.Contains(culture))
        {
            TempData["Error"] = t["This site does not use that language."].Value;
            return RedirectToAction(nameof(Edit), new { id });
        }

        try
        {
            var source = await content.GetLatestAsync(id, ct);
            var translation = await content.CreateTranslationAsync(id, culture, UserName, ct);
            await content.SaveDraftAsync(translation.ContentItemId, d =>
            {
                d.TranslatedFrom = id;
                d.TranslatedFromNumber = source!.Number;
                d.ReviewState = ReviewState.Draft;
            }, UserName, null, ct);
            return RedirectToAction(nameof(Edit), new { id = translation.ContentItemId });
        }
        catch (ContentOperationException ex)
        {
            TempData["Error"] = t[ex.Message].Value;
            return RedirectToAction(nameof(Edit), new { id });
        }
    }

    [HttpGet("{id}/history")]
    public async Task<IActionResult> History(string id, CancellationToken ct)
    {
        var versions = await content.GetHistoryAsync(id, ct);
        return versions.Count == 0 ? NotFound()
            : View("ContentHistory", new ContentHistoryPage(versions[0].DisplayText, versions, await reviews.HistoryAsync(nameof(PolicyDocument), id, ct)));
    }

    private async Task<IActionResult> ActAsync(string id, Func<Task> action, LocalizedString done)
    {
        try
        {
            await action();
            TempData["Message"] = done.Value;
        }
        catch (ContentOperationException ex)
        {
            TempData["Error"] = t[ex.Message].Value;
        }

        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task<IActionResult> EditViewAsync(PolicyInput input, PolicyDocument? document, CancellationToken ct)
    {
        var topics = await db.Set<Topic>().AsNoTracking().OrderBy(x => x.Position).ToListAsync(ct);
        var policies = await db.Set<PolicyDocument>().AsNoTracking()
            .Where(d => d.Latest && d.Type == DocumentType.Policy && d.Culture == input.Culture)
            .Select(d => new PolicyChoice(d.LocalizationSet, d.DisplayText)).ToListAsync(ct);
        var replacements = await db.Set<PolicyDocument>().AsNoTracking()
            .Where(d => d.Published && d.Culture == input.Culture && d.ContentItemId != (document == null ? "" : document.ContentItemId))
            .OrderByDescending(d => d.WrittenOn).Select(d => new PolicyChoice(d.LocalizationSet, d.DisplayText)).ToListAsync(ct);
        var attachments = document is null ? new List<Attachment>() : await db.Set<Attachment>().AsNoTracking()
            .Where(a => a.ContentItemId == document.ContentItemId)
            .Select(a => new Attachment { Id = a.Id, FileName = a.FileName, ContentType = a.ContentType, Size = a.Size }).ToListAsync(ct);
        input.Editor = new PolicyEditorPage(document, topics, policies, replacements, attachments);
        return View("Edit", input);
    }
}

internal sealed record PolicyChoice(string LocalizationSet, string Title);

/// <summary>The admin list: the documents and which translations lag behind their source's published version.</summary>
internal sealed record PolicyListPage(IReadOnlyList<PolicyDocument> Documents, IReadOnlySet<string> StaleTranslations);

/// <summary>What the edit form shows besides the fields it posts: the document, the choices and its attachments.</summary>
internal sealed record PolicyEditorPage(
    PolicyDocument? Document, IReadOnlyList<Topic> Topics, IReadOnlyList<PolicyChoice> Policies,
    IReadOnlyList<PolicyChoice> Replacements, IReadOnlyList<Attachment> Attachments);
