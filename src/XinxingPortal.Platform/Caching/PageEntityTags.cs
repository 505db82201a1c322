using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace XinxingPortal.Platform.Caching;

/// <summary>
/// Gives a shareable page or feed an ETag made from its bytes and a short public Cache-Control, so a browser or a
/// reverse proxy keeps it and asks again with If-None-Match (answered 304). Runs inside the output cache: what it adds
/// is stored with the page, and the output cache answers If-None-Match itself for the pages it holds. A page that sets
/// a cookie or says no-store (one with an antiforgery token) is left as it is.
/// </summary>
internal sealed class PageEntityTags(RequestDelegate next, TimeSpan maxAge)
{
    private readonly string cacheControl = $"public, max-age={(int)maxAge.TotalSeconds}";

    public async Task InvokeAsync(HttpContext http)
    {
        if (!PublicRequest.IsShareable(http))
        {
            await next(http);
            return;
        }

        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        var response = http.Response;
        if (!response.HasStarted && response.StatusCode == StatusCodes.Status200OK &&
            !PublicRequest.IsPrivateResponse(response) && PublicRequest.IsShareableContent(response.ContentType))
        {
            var etag = "\"" + Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..16])
                .TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
            response.Headers.ETag = etag;
            response.Headers.CacheControl = cacheControl;
            response.Headers.Append(HeaderNames.Vary, "Cookie");
            // A reader may hold the compressed copy another node's cache sent (its tag names its coding): still the same page.
            if (new[] { etag, PageEncodings.Tag(etag, PageEncodings.Brotli), PageEncodings.Tag(etag, PageEncodings.Gzip) }
                    .FirstOrDefault(tag => CachedPages.Matches(http.Request.Headers.IfNoneMatch, tag)) is { } held)
            {
                response.Headers.ETag = held;
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }

            if (HttpMethods.IsGet(http.Request.Method))
            {
                response.ContentLength = buffer.Length;
            }
        }

        // An empty error response keeps no length, so the status-code pages can still render the site's error page.
        if (buffer.Length > 0)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, http.RequestAborted);
        }
    }
}
