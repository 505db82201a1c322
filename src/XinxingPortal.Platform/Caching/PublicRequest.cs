using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace XinxingPortal.Platform.Caching;

/// <summary>
/// Which requests may share a page with every other reader: an anonymous GET or HEAD that carries no cookie but the
/// reader's display preference and an antiforgery cookie (which the page does not use). Any other cookie — the sign-in
/// cookie of any tenant, a flash message, something unknown — means the page may be someone's own, and it is neither
/// read from nor stored in the shared cache.
/// </summary>
internal static class PublicRequest
{
    /// <summary>适老化模式's cookie; the page varies by it (the theme sets it).</summary>
    public const string ElderCookie = "xp.elder";

    public static bool IsShareable(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        // The authentication feature, not HttpContext.User: before sign-in is read that getter makes an empty principal
        // on every request, and the cache front answers before it.
        if (request.Headers.Authorization.Count > 0 ||
            http.Features.Get<Microsoft.AspNetCore.Http.Features.Authentication.IHttpAuthenticationFeature>()?.User?.Identity?.IsAuthenticated == true)
        {
            return false;
        }

        // An error page rendered for another request's status must never be stored, nor answered from, under its own address.
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerPathFeature>() is not null)
        {
            return false;
        }

        foreach (var cookie in request.Cookies)
        {
            if (cookie.Key != ElderCookie && !cookie.Key.StartsWith(Hosting.TenantAntiforgeryCookie.Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsElder(HttpContext http) => http.Request.Cookies[ElderCookie] == "1";

    /// <summary>Kinds of response a reader's browser or a proxy may keep: pages and feeds, not files.</summary>
    public static bool IsShareableContent(string? contentType) =>
        contentType is not null && (
            contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) ||
            contentType.StartsWith("application/atom+xml", StringComparison.OrdinalIgnoreCase) ||
            contentType.StartsWith("application/rss+xml", StringComparison.OrdinalIgnoreCase) ||
            contentType.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase) ||
            contentType.StartsWith("text/xml", StringComparison.OrdinalIgnoreCase) ||
            contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ||
            contentType.StartsWith("application/ld+json", StringComparison.OrdinalIgnoreCase) ||
            contentType.StartsWith("text/calendar", StringComparison.OrdinalIgnoreCase));

    /// <summary>The response carries something of its own (a cookie) or asks not to be kept.</summary>
    public static bool IsPrivateResponse(HttpResponse response)
    {
        if (response.Headers.SetCookie.Count > 0)
        {
            return true;
        }

        var cacheControl = response.Headers.CacheControl.ToString();
        return cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase) ||
               cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase) ||
               cacheControl.Contains("no-cache", StringComparison.OrdinalIgnoreCase);
    }
}
