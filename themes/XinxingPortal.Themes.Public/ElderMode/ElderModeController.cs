using Microsoft.AspNetCore.Mvc;

namespace XinxingPortal.Themes.Public.ElderMode;

/// <summary>The header toggle posts here; it works without JavaScript and returns the reader to their page.</summary>
[Route("elder-mode")]
internal sealed class ElderModeController : Controller
{
    // Exempt from antiforgery: it only sets a display preference (no account, no data), and a token in the shared
    // header would give every page a per-visitor token and so keep it out of every cache.
    [HttpPost("")]
    [IgnoreAntiforgeryToken]
    public IActionResult Toggle(bool on, string? returnUrl)
    {
        ElderModeCookie.Set(HttpContext, on);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/"));
    }
}
