using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Changes;

namespace XinxingPortal.Platform.Caching;

/// <summary>
/// Output caching for anonymous pages and feeds (<c>Portal:OutputCache</c>: <c>Enabled</c>, default true; the ETags and
/// Cache-Control stay when it is off;
/// <c>Seconds</c>, how long a page is kept and how long a browser or proxy may keep it, default 60). The store is
/// ASP.NET Core's <see cref="Microsoft.AspNetCore.OutputCaching.IOutputCacheStore"/>: in memory unless another one
/// (Redis) is registered after this.
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
        services.AddSingleton(sp => new AnonymousPagePolicy(sp.GetRequiredService<PageGenerations>(), duration));
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
            .Configure<AnonymousPagePolicy>((o, policy) => o.AddBasePolicy(policy));
        services.AddScoped<IContentHandler, PageCacheOnCommit>();
        services.AddScoped<IChangeFeedConsumer, PageCacheEviction>();
    }

    public static void UseCache(WebApplication app)
    {
        if (app.Configuration.GetValue("Portal:OutputCache:Enabled", true))
        {
            app.UseOutputCache();
        }
    }

    public static void UseEntityTags(WebApplication app)
    {
        var seconds = Math.Clamp(app.Configuration.GetValue("Portal:OutputCache:Seconds", 60), 1, 3600);
        app.UseMiddleware<PageEntityTags>(TimeSpan.FromSeconds(seconds));
    }
}
