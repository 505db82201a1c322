using Microsoft.AspNetCore.Mvc;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Localization;

namespace XinxingPortal.Platform.Home;

/// <summary>The front door: the published layout of the reader's language, drawn block by block.</summary>
internal sealed class HomeController(IContentManager<HomeLayout> content, HomeComposer composer, ICultureLinks links) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var layout = await content.GetPublishedAsync(HomeLayout.ItemIdFor(links.CurrentCulture), ct);
        return View(await composer.ComposeAsync(layout, links.CurrentCulture, preview: false, ct));
    }
}
