using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Platform.Changes;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Localization;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Caching;

/// <summary>
/// The site's one output-cache policy: an anonymous reader's GET of a page or feed is answered from the cache, keyed by
/// tenant, culture, elder mode, the query and the tenant's epoch (<see cref="PageGenerations"/>), and tagged with the
/// tenant so a change can evict its pages. Anything else is neither looked up nor stored.
/// </summary>
internal sealed class AnonymousPagePolicy(PageGenerations generations, TimeSpan duration) : IOutputCachePolicy
{
    public static string TenantTag(string tenant) => "tenant:" + tenant;

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var tenant = http.RequestServices.GetRequiredService<TenantContext>();
        if (!tenant.IsBound || !PublicRequest.IsShareable(http))
        {
            context.EnableOutputCaching = false;
            return;
        }

        var epoch = await generations.EnsureKnownAsync(tenant.Name, () => LastChangeAsync(http.RequestServices.GetRequiredService<PortalDbContext>(), cancellation));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = duration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["tenant"] = tenant.Name;
        context.CacheVaryByRules.VaryByValues["culture"] = CultureOf(http.Request.Path);
        context.CacheVaryByRules.VaryByValues["elder"] = PublicRequest.IsElder(http) ? "1" : "0";
        context.CacheVaryByRules.VaryByValues["epoch"] = epoch.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Tags.Add(TenantTag(tenant.Name));
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK ||
            context.HttpContext.User.Identity?.IsAuthenticated == true ||
            PublicRequest.IsPrivateResponse(response) ||
            !PublicRequest.IsShareableContent(response.ContentType))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The culture the path names (the cache runs before the culture middleware); zh-CN has no segment.</summary>
    private static string CultureOf(PathString path)
    {
        var value = path.Value ?? "/";
        var end = value.IndexOf('/', 1);
        var segment = end < 0 ? value[1..] : value[1..end];
        return segment.Length > 0 && PortalCultures.IsSupported(segment) ? segment : PortalCultures.Chinese;
    }

    internal static Task<long> LastChangeAsync(PortalDbContext db, CancellationToken ct) =>
        db.Set<ChangeLogRecord>().AsNoTracking()
            .OrderByDescending(c => c.Id).Select(c => c.Id).FirstOrDefaultAsync(ct);
}
