using XinxingPortal.Abstractions.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Policies.Data;

namespace XinxingPortal.Policies.Public;

[Route("policies")]
internal sealed class PoliciesController(PolicyQueries queries, PolicyDetailReader details, IPortalDb db, ICultureLinks links) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await queries.ListAsync(links.CurrentCulture, PolicyFilter.From(Request.Query), ct));

    [HttpGet("{slug}")]
    public Task<IActionResult> Show(string slug, CancellationToken ct) => DetailAsync(slug, "Show", ct);

    [HttpGet("{slug}/print")]
    public Task<IActionResult> Print(string slug, CancellationToken ct) => DetailAsync(slug, "Print", ct);

    [HttpGet("{slug}/attachments/{id:long}")]
    public async Task<IActionResult> Download(string slug, long id, CancellationToken ct)
    {
        var documentId = await queries.Published(links.CurrentCulture).Where(d => d.Slug == slug).Select(d => d.ContentItemId).FirstOrDefaultAsync(ct);
        var file = documentId is null ? null : await db.Set<Attachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.ContentItemId == documentId, ct);
        return file is null ? NotFound() : File(file.Data, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> DetailAsync(string slug, string view, CancellationToken ct)
    {
        var detail = await details.ReadAsync(links.CurrentCulture, slug, ct);
        if (detail is null)
        {
            return NotFound();
        }

        HttpContext.PageHead().SetAlternates(await AlternatesAsync(detail.Document.LocalizationSet, ct));
        return View(view, detail);
    }

    /// <summary>The language switch goes to this document's own translations.</summary>
    private async Task<IReadOnlyDictionary<string, string>> AlternatesAsync(string set, CancellationToken ct) =>
        (await db.Set<PolicyDocument>().AsNoTracking().Where(d => d.Published && d.LocalizationSet == set)
            .Select(d => new { d.Culture, d.Slug }).ToListAsync(ct))
        .ToDictionary(t => t.Culture, t => links.Link(t.Culture, "/policies/" + t.Slug));
}
