using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace XinxingPortal.Platform.Errors;

/// <summary>Renders error status codes inside the site's layout and language, instead of an empty body.</summary>
[Route("error")]
internal sealed class ErrorController : Controller
{
    // Any method: a failed POST is re-executed here with its own method. No action parameter: model binding would
    // try to read that POST's unreadable form again and bind 0 (it answered "HTTP/1.1 0"); the route value is read as is.
    [Route("{code:int}")]
    public IActionResult Show()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : 0;
        // Only a real error re-executed by the pipeline is shown with its code; /error/0, /error/101 or /error/204
        // typed by hand would send an impossible or bodiless status, so a direct visit is just a missing page.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null ||
            HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        var status = reExecuted && code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        return View("Error", status);
    }
}
