using XinxingPortal.Abstractions.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.Platform.Home;

/// <summary>
/// The home page of each language: blocks in zones with their settings, saved as a draft, previewed as the public
/// will see it (with the blocks left out and why), then published through the content kernel.
/// </summary>
[Route("admin/home")]
[RequirePermission(HomePermissions.Manage)]
internal sealed class HomeAdminController(
    IContentManager<HomeLayout> content, HomeLayoutRules rules, HomeComposer composer, ICultureLinks links, IMarkdownRenderer markdown,
    IStringLocalizer<HomeAdminController> t) : Controller
{
    private const int EmptyRows = 2;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var rows = new List<HomeLayoutStatus>();
        foreach (var culture in links.SiteCultures)
        {
            rows.Add(new(culture, await content.GetLatestAsync(HomeLayout.ItemIdFor(culture), ct)));
        }

        return View(rows);
    }

    [HttpGet("{culture}")]
    public async Task<IActionResult> Edit(string culture, CancellationToken ct)
    {
        if (!links.SiteCultures.Contains(culture))
        {
            return NotFound();
        }

        var latest = await content.GetLatestAsync(HomeLayout.ItemIdFor(culture), ct);
        var input = new HomeLayoutInput { Blocks = [.. (latest?.Blocks ?? []).Select((b, i) => HomeBlockInput.From(b, (i + 1) * 10))] };
        return EditView(culture, input, latest);
    }

    [HttpPost("{culture}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string culture, HomeLayoutInput input, CancellationToken ct)
    {
        if (!links.SiteCultures.Contains(culture))
        {
            return NotFound();
        }

        var latest = await content.GetLatestAsync(HomeLayout.ItemIdFor(culture), ct);
        var rows = input.Blocks.Select((row, index) => (row, index))
            .Where(r => !r.row.Remove && !string.IsNullOrWhiteSpace(r.row.Type))
            .OrderBy(r => r.row.Position).ThenBy(r => r.index).ToList();
        var blocks = rows.Select(r => r.row.ToBlock()).ToList();
        if (ModelState.IsValid)
        {
            foreach (var error in await rules.CheckAsync(blocks, ct))
            {
                var key = error.Index < rows.Count ? $"Blocks[{rows[error.Index].index}].{HomeBlockInput.FieldFor(error.Field)}" : "";
                ModelState.AddModelError(key, t[error.Message, error.Args]);
            }
        }

        if (!ModelState.IsValid)
        {
            return EditView(culture, input, latest);
        }

        var id = HomeLayout.ItemIdFor(culture);
        blocks = HomeBlocks.Rendered(blocks, markdown);
        if (latest is null)
        {
            await content.CreateAsync(new HomeLayout
            {
                ContentItemId = id, LocalizationSet = HomeLayout.LocalizationSetName, Culture = culture, Slug = "home",
                DisplayText = "Home", Blocks = blocks, ChangeNote = input.ChangeNote,
            }, User.Identity?.Name, ct);
        }
        else
        {
            await content.SaveDraftAsync(id, l => l.Blocks = blocks, User.Identity?.Name, input.ChangeNote, ct);
        }

        TempData["Message"] = t["The draft was saved. Preview it, then publish."].Value;
        return RedirectToAction(nameof(Edit), new { culture });
    }

    /// <summary>The draft drawn in the public frame, with the blocks it leaves out listed for the editor.</summary>
    [HttpGet("{culture}/preview")]
    public async Task<IActionResult> Preview(string culture, CancellationToken ct)
    {
        var latest = links.SiteCultures.Contains(culture) ? await content.GetLatestAsync(HomeLayout.ItemIdFor(culture), ct) : null;
        if (latest is null)
        {
            return NotFound();
        }

        HttpContext.PageHead().NoIndex();
        return View("~/Views/Home/Index.cshtml", await composer.ComposeAsync(latest, culture, preview: true, ct));
    }

    [HttpPost("{culture}/publish")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Publish(string culture, CancellationToken ct)
    {
        try
        {
            await content.PublishAsync(HomeLayout.ItemIdFor(culture), User.Identity?.Name, ct);
                TempData["Message"] = t["The home page was published."].Value;
        }
        catch (ContentOperationException ex)
        {
            TempData["Error"] = t[ex.Message].Value;
        }

        return RedirectToAction(nameof(Edit), new { culture });
    }

    private ViewResult EditView(string culture, HomeLayoutInput input, HomeLayout? latest)
    {
        while (input.Blocks.Count(b => string.IsNullOrWhiteSpace(b.Type)) < EmptyRows)
        {
            input.Blocks.Add(new HomeBlockInput { Position = (input.Blocks.Count + 1) * 10 });
        }

        return View("Edit", new HomeLayoutEditor(culture, input, latest, [.. rules.Offered.Select(s => (s.BlockType, s.DisplayName, s.Filters))]));
    }
}

internal sealed record HomeLayoutStatus(string Culture, HomeLayout? Latest);

internal sealed record HomeLayoutEditor(
    string Culture, HomeLayoutInput Input, HomeLayout? Latest, IReadOnlyList<(string Type, string Name, IReadOnlyList<string> Filters)> Offered);

internal static class HomePermissions
{
    public const string Manage = "Home.Manage";
}
