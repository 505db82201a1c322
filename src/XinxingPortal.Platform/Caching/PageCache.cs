using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Changes;

namespace XinxingPortal.Platform.Caching;

/// <summary>
/// Caching of anonymous pages and feeds (<c>Portal:OutputCache</c>: <c>Enabled</c>, default true; the ETags and
/// Cache-Control stay when it is off;
/// <c>Seconds</c>, how long a page is kept and how long a browser or proxy may keep it, default 60). The store is
/// ASP.NET Core's <see cref="Microsoft.AspNetCore.OutputCaching.IOutputCacheStore"/>: in memory unless another one
/// (Redis) is registered after this. The output-cache middleware itself is not used: it runs only after the tenant is
/// resolved, and <see cref="PageFront"/> answers a held page before that (<see cref="CachedPages"/>).
/// </summary>
internal static class PageCache
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var seconds = Math.Clamp(configuration.GetValue("Portal:OutputCache:Seconds", 60), 1, 3600);
        var duration = TimeSpan.FromSeconds(seconds);
        services.AddSingleton<PageGenerations>();
        services.AddSingleton<ContentMemoStore>();
        services.AddScoped<IContentMemo, ContentMemo>();
        services.AddOutputCache(o =>
        {
            o.UseCaseSensitivePaths = true;
            o.DefaultExpirationTimeSpan = duration;
            o.MaximumBodySize = 1024 * 1024;
            o.SizeLimit = 64L * 1024 * 1024;
        });
        services.AddSingleton(sp => new CachedPages(sp.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>(),
            sp.GetRequiredService<PageGenerations>(), sp.GetRequiredService<Tenants.TenantSettingsStore>(), sp.GetRequiredService<TimeProvider>(), duration));
        services.AddScoped<IContentHandler, PageCacheOnCommit>();
        services.AddScoped<IChangeFeedConsumer, PageCacheEviction>();
    }

    /// <summary>At the very start: answers a cached page before anything else runs (<see cref="PageFront"/>).</summary>
    public static void UseFront(WebApplication app)
    {
        if (app.Configuration.GetValue("Portal:OutputCache:Enabled", true))
        {
            app.UseMiddleware<PageFront>();
        }
    }

    /// <summary>Right after the tenant: keeps the page the front did not find (<see cref="PageFill"/>).</summary>
    public static void UseFill(WebApplication app)
    {
        if (app.Configuration.GetValue("Portal:OutputCache:Enabled", true))
        {
            app.UseMiddleware<PageFill>();
        }
    }

    public static void UseEntityTags(WebApplication app)
    {
        var seconds = Math.Clamp(app.Configuration.GetValue("Portal:OutputCache:Seconds", 60), 1, 3600);
        app.UseMiddleware<PageEntityTags>(TimeSpan.FromSeconds(seconds));
    }
}
