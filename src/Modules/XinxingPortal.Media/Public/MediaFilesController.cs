using Microsoft.AspNetCore.Mvc;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Media.Storage;

namespace XinxingPortal.Media.Public;

/// <summary>
/// Serves renditions. A file never changes once written (a new upload gets a new id), so browsers and proxies
/// may keep it for a year without asking again.
/// </summary>
[Route("media")]
internal sealed class MediaFilesController(IMediaFileStore files) : Controller
{
    [HttpGet("{id}/{file}")]
    [HttpHead("{id}/{file}")]
    public async Task<IActionResult> Get(string id, string file, CancellationToken ct)
    {
        if (!RenditionFile.IsId(id) || !RenditionFile.TryParse(file, out _, out var format)
            || await files.OpenReadAsync(id, file, ct) is not { } stream)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return File(stream, format == MediaRendition.Webp ? "image/webp" : "image/jpeg");
    }
}
