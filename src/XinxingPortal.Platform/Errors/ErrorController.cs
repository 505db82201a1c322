using Microsoft.AspNetCore.Mvc;

namespace XinxingPortal.Platform.Errors;

/// <summary>Renders error status codes inside the site's layout and language, instead of an empty body.</summary>
[Route("error")]
internal sealed class ErrorController : Controller
{
    // Any method: a failed POST is re-executed here with its own method.
    [Route("{code:int}")]
    public IActionResult Show(int code)
    {
        Response.StatusCode = code;
        return View("Error", code);
    }
}
