using XinxingPortal.Abstractions.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Pages.Data;

namespace XinxingPortal.Pages.Admin;

[Route("admin/pages")]
[RequirePermission(Permissions.Edit)]
internal sealed class PagesAdminController(
    IContentManager<Page> content, IWorkflow workflow, IPortalDb db, IMarkdownRenderer markdown, ICultureLinks links, IStringLocalizer<PagesAdminController> t)
    : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await db.Set<Page>().AsNoTracking().Where(p => p.Latest)
            .OrderBy(p => p.LocalizationSet).ThenBy(p => p.Culture).ToListAsync(ct));

    [HttpGet("create")]
    public IActionResult Create() => EditView(new PageInput { Culture = links.CurrentCulture }, null);

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(PageInput input, CancellationToken ct)
    {
        if (!await ValidateAsync(input, null, ct))
        {
            return EditView(input, null);
        }

        var page = await content.CreateAsync(Apply(new Page(), input), User.Identity?.Name, ct);
        return RedirectToAction(nameof(Edit), new { id = page.ContentItemId });
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken ct)
    {
        var page = await content.GetLatestAsync(id, ct);
        return page is null ? NotFound() : EditView(new PageInput { Title = page.DisplayText, Slug = page.Slug, Culture = page.Culture, Body = page.Body }, page);
    }

    [HttpPost("{id}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string id, PageInput input, CancellationToken ct)
    {
        var page = await content.GetLatestAsync(id, ct);
        if (page is null)
        {
            return NotFound();
        }

        input.Culture = page.Culture;
        if (!await ValidateAsync(input, id, ct))
        {
            return EditView(input, page);
        }

        await content.SaveDraftAsync(id, p => Apply(p, input), User.Identity?.Name, input.ChangeNote, ct);
        TempData["Message"] = t["The draft was saved."].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id}/publish")]
    [ValidateAntiForgeryToken]
    [RequirePermission(Permissions.Publish)]
    public Task<IActionResult> Publish(string id, CancellationToken ct) =>
        Act(id, () => content.PublishAsync(id, User.Identity?.Name, ct), t["The page was published."]);

    [HttpPost("{id}/unpublish")]
    [ValidateAntiForgeryToken]
    [RequirePermission(Permissions.Publish)]
    public Task<IActionResult> Unpublish(string id, string? reason, CancellationToken ct) =>
        Act(id, () => content.UnpublishAsync(id, reason ?? "", User.Identity?.Name, ct), t["The page was unpublished."]);

    [HttpPost("{id}/discard")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Discard(string id, CancellationToken ct) =>
        Act(id, () => content.DiscardDraftAsync(id, ct), t["The draft was discarded."]);

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
            var translation = await content.CreateTranslationAsync(id, culture, User.Identity?.Name, ct);
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
            : View("ContentHistory", new ContentHistoryPage(versions[0].DisplayText, versions, await workflow.HistoryAsync(nameof(Page), id, ct)));
    }

    private async Task<IActionResult> Act(string id, Func<Task> action, LocalizedString done)
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

    private async Task<bool> ValidateAsync(PageInput input, string? id, CancellationToken ct)
    {
        if (!links.SiteCultures.Contains(input.Culture))
        {
            ModelState.AddModelError(nameof(PageInput.Culture), t["This site does not use that language."]);
        }

        if (ModelState.IsValid && await db.Set<Page>().AnyAsync(p => p.Latest && p.Culture == input.Culture && p.Slug == input.Slug && p.ContentItemId != id, ct))
        {
            ModelState.AddModelError(nameof(PageInput.Slug), t["Another page in this language already uses this address."]);
        }

        return ModelState.IsValid;
    }

    private Page Apply(Page page, PageInput input)
    {
        page.DisplayText = input.Title.Trim();
        page.Slug = input.Slug;
        page.Culture = input.Culture;
        page.Body = input.Body;
        page.BodyHtml = markdown.ToSafeHtml(input.Body);
        return page;
    }

    private ViewResult EditView(PageInput input, Page? page)
    {
        input.Existing = page;
        return View("Edit", input);
    }
}
