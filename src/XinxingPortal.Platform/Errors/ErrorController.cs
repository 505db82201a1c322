using Microsoft.AspNetCore.Mvc;

namespace XinxingPortal.Platform.Errors;

/// <summary>Renders error status codes inside the site's layout and language, instead of an empty body.</summary>
[Route("error")]
internal sealed class ErrorController : Controller
{
    [HttpGet("{code:int}")]
    public IActionResult Show(int code)
    {
        Response.StatusCode = code;
        return View("Error", code);
    }
}
