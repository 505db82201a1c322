using XinxingPortal.Abstractions.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Abstractions.Paging;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Media.Processing;

namespace XinxingPortal.Media.Admin;

[Route("admin/media")]
[RequirePermission(Permissions.Manage)]
internal sealed class MediaAdminController(MediaLibrary library, IPortalDb db, IStringLocalizer<MediaAdminController> t) : Controller
{
    private const int PageSize = 40;

    // Twice the cap, so an image somewhat too large still reaches the action and gets a clear message.
    private const long RequestLimit = 2 * ImageLimits.MaxBytes;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) =>
        await ListAsync(page, new MediaUploadInput(), ct);

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Upload(IFormFile? file, string? altText, CancellationToken ct)
    {
        if (file is null)
        {
            ModelState.AddModelError("file", t["Choose an image to upload."]);
        }

        if (AltText.Problem(altText) is { } altProblem)
        {
            ModelState.AddModelError("altText", t[altProblem]);
        }

        if (file is not null && ModelState.IsValid)
        {
            try
            {
                await using var content = file.OpenReadStream();
                await library.UploadAsync(content, file.FileName, altText!, User.Identity?.Name, ct);
                await db.SaveChangesAsync(ct);
                TempData["Message"] = t["The image was uploaded."].Value;
                return RedirectToAction(nameof(Index));
            }
            catch (MediaRejectedException ex)
            {
                ModelState.AddModelError("file", t[ex.Message]);
            }
        }

        return await ListAsync(1, new MediaUploadInput(altText), ct);
    }

    [HttpGet("{id}/delete")]
    public async Task<IActionResult> ConfirmDelete(string id, CancellationToken ct) =>
        await library.FindAsync(id, ct) is { } item ? View(item) : NotFound();

    [HttpPost("{id}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string id, CancellationToken ct)
    {
        if (!await library.DeleteAsync(id, ct))
        {
            return NotFound();
        }

        await db.SaveChangesAsync(ct);

        TempData["Message"] = t["The image was deleted."].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> ListAsync(int page, MediaUploadInput input, CancellationToken ct)
    {
        return View("Index", new MediaListModel(await library.ListAsync(new PageRequest(page, PageSize), ct), input));
    }
}
