using Microsoft.AspNetCore.Http;

namespace XinxingPortal.Platform.Hosting;

/// <summary>
/// Headers every response carries. The policy allows scripts and styles from this site only; pages load
/// nothing from another host, and no inline script or style runs.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        // Set as the response starts, not now: the exception handler clears the headers before it renders the
        // error page, which then went out without them.
        // The state overload with a static method: no closure or delegate made per request (this runs before every cached page too).
        http.Response.OnStarting(SetHeaders, http);
        return next(http);
    }

    private static Task SetHeaders(object state)
    {
        var http = (HttpContext)state;
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        if (http.Request.IsHttps)
        {
            // Only over HTTPS (directly or through a configured proxy): a browser ignores it on plain HTTP anyway.
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        }

        return Task.CompletedTask;
    }
}
