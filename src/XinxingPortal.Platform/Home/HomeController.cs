using Microsoft.AspNetCore.Mvc;
using XinxingPortal.Abstractions.Settings;

namespace XinxingPortal.Platform.Home;

internal sealed class HomeController(ISiteSettingsStore settings) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index()
    {
        var site = await settings.GetAsync();
        ViewData["Title"] = site.SiteName;
        return View(await settings.GetMenuAsync());
    }
}
