using Microsoft.AspNetCore.Mvc;

namespace XinxingPortal.Themes.Public.ElderMode;

/// <summary>The header toggle posts here; it works without JavaScript and returns the reader to their page.</summary>
[Route("elder-mode")]
internal sealed class ElderModeController : Controller
{
    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public IActionResult Toggle(bool on, string? returnUrl)
    {
        ElderModeCookie.Set(HttpContext, on);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/"));
    }
}
