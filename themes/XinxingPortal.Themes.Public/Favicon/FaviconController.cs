using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using XinxingPortal.Abstractions.Settings;

namespace XinxingPortal.Themes.Public.Favicon;

/// <summary>
/// Browsers ask every site for <c>/favicon.ico</c>; a 404 there is an error on every page. Each tenant answers with its
/// emblem: the theme's own (an SVG, which browsers accept under this name), or the one the site's settings name.
/// </summary>
internal sealed class FaviconController(IWebHostEnvironment environment, ISiteSettingsStore settings) : Controller
{
    internal const string ThemeEmblem = "_content/XinxingPortal.Themes.Public/img/emblem.svg";

    [HttpGet("/favicon.ico")]
    [ResponseCache(Duration = 86400, Location = ResponseCacheLocation.Any)]
    public async Task<IActionResult> Get(CancellationToken ct)
    {
        var site = await settings.GetAsync(ct);
        if (site.Emblem.Length > 0)
        {
            return Redirect(ThemeHelpers.Href(Url, site.Emblem));
        }

        var file = environment.WebRootFileProvider.GetFileInfo(ThemeEmblem);
        return file.Exists
            ? File(file.CreateReadStream(), "image/svg+xml")
            : Redirect(Url.Content("~/" + ThemeEmblem));
    }
}
