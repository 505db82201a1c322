using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Search.Data;
using XinxingPortal.Search.Engine;
using XinxingPortal.Search.Querying;

namespace XinxingPortal.Search.Admin;

/// <summary>What readers searched for in the last 30 days (to fix content that is not found), the synonyms, a rebuild.</summary>
[Route("admin/search")]
[RequirePermission(Permissions.Manage)]
internal sealed class SearchAdminController(IPortalDb db, QueryLog log, SearchIndexer indexer, IStringLocalizer<SearchAdminController> t) : Controller
{
    private const int Listed = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await ModelAsync(null, null, ct));

    [HttpPost("synonyms")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Synonyms(SynonymsInput input, CancellationToken ct)
    {
        var lines = (input.Lines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var groups = new List<IReadOnlyList<string>>();
        for (var i = 0; i < lines.Length; i++)
        {
            var words = SynonymGroup.Split(lines[i]);
            if (words.Count < 2)
            {
                ModelState.AddModelError(nameof(SynonymsInput.Lines), t["Line {0}: a group needs at least two words separated by commas.", i + 1]);
            }

            groups.Add(words);
        }

        if (!ModelState.IsValid)
        {
            return View("Index", await ModelAsync(input.Lines, null, ct));
        }

        db.Set<SynonymGroup>().RemoveRange(await db.Set<SynonymGroup>().ToListAsync(ct));
        foreach (var group in groups.DistinctBy(g => g[0]))
        {
            db.Set<SynonymGroup>().Add(new SynonymGroup { Key = group[0], Words = string.Join(",", group) });
        }

        await db.SaveChangesAsync(ct);
        return View("Index", await ModelAsync(null, t["The synonyms are saved."], ct));
    }

    [HttpPost("rebuild")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Rebuild(CancellationToken ct)
    {
        var count = await indexer.RebuildAsync(ct);
        return View("Index", await ModelAsync(null, t["The index was rebuilt with {0} documents.", count], ct));
    }

    private async Task<SearchAdminPage> ModelAsync(string? lines, string? done, CancellationToken ct)
    {
        var groups = await db.Set<SynonymGroup>().AsNoTracking().OrderBy(g => g.Key).ToListAsync(ct);
        return new SearchAdminPage(
            await log.TopAsync(null, zeroResults: false, Listed, ct),
            await log.TopAsync(null, zeroResults: true, Listed, ct),
            lines ?? string.Join("\n", groups.Select(g => string.Join(", ", g.List()))),
            done);
    }
}

internal sealed class SynonymsInput
{
    [StringLength(20_000)]
    public string? Lines { get; set; }
}

internal sealed record SearchAdminPage(IReadOnlyList<QueryCount> Top, IReadOnlyList<QueryCount> ZeroResults, string SynonymLines, string? Done);
