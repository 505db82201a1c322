using Microsoft.AspNetCore.Http;

namespace XinxingPortal.Platform.Caching;

/// <summary>
/// The first thing an anonymous reader's GET or HEAD meets: a current cached page is answered here, before the tenant is
/// resolved, its features read or a service scope made — the work that made a cache hit cost several times what Kestrel
/// alone does. Anything else goes on, carrying the key for <see cref="PageFill"/> to store the page under.
/// </summary>
internal sealed class PageFront(RequestDelegate next, CachedPages pages)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!PublicRequest.IsShareable(http))
        {
            await next(http);
            return;
        }

        // Read before the tenant is resolved: a page rendered from a newer tenant list is stored under an old mark and never served.
        var tenantList = pages.TenantListVersion();
        var key = pages.KeyOf(http.Request);
        if (await pages.TryServeAsync(http, key))
        {
            return;
        }

        http.Features.Set(new PageFrontMiss(key, tenantList));
        await next(http);
    }
}

/// <summary>The page was not in the cache: where <see cref="PageFill"/> stores it, and the tenant list it was looked up with.</summary>
internal sealed record PageFrontMiss(string Key, long TenantList);
