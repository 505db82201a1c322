using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using XinxingPortal.Platform.Cluster;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Hosting;

/// <summary>
/// What a load balancer asks a node, on any Host and before any tenant is resolved: <c>/health/live</c> (the
/// process answers) and <c>/health/ready</c> (every running tenant's database answers with all its migrations
/// applied, and Redis answers when configured), 503 until then, so a starting node gets no traffic.
/// </summary>
internal static class HealthEndpoints
{
    public static void Map(WebApplication app) =>
        app.Map("/health", health => health.Run(AnswerAsync));

    private static async Task AnswerAsync(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        switch (http.Request.Path.Value)
        {
            case "/live":
                await WriteAsync(http, true, []);
                break;
            case "/ready":
                var checks = await CheckAsync(http.RequestServices, http.RequestAborted);
                await WriteAsync(http, checks.Values.All(v => v == "ok"), checks);
                break;
            default:
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private static async Task<Dictionary<string, string>> CheckAsync(IServiceProvider services, CancellationToken ct)
    {
        var checks = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ClusterServices.IsClustered(services.GetRequiredService<IConfiguration>()))
        {
            checks["redis"] = await Probe(() => ClusterServices.PingRedisAsync(services));
        }

        var scopes = services.GetRequiredService<TenantScopeFactory>();
        foreach (var tenant in services.GetRequiredService<TenantSettingsStore>().All.Where(t => t.State == TenantState.Running))
        {
            checks["tenant:" + tenant.Name] = await Probe(async () =>
            {
                await using var scope = await scopes.CreateAsync(tenant, loadFeatures: false);
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database;
                if (!await db.CanConnectAsync(ct))
                {
                    throw new InvalidOperationException("database unreachable");
                }

                if ((await db.GetPendingMigrationsAsync(ct)).Any())
                {
                    throw new InvalidOperationException("migrations pending");
                }
            });
        }

        return checks;
    }

    /// <summary>"ok", or what failed: the answer names the problem, never a stack trace.</summary>
    private static async Task<string> Probe(Func<Task> check)
    {
        try
        {
            await check();
            return "ok";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ex is InvalidOperationException ? ex.Message : ex.GetType().Name;
        }
    }

    private static Task WriteAsync(HttpContext http, bool healthy, Dictionary<string, string> checks)
    {
        http.Response.StatusCode = healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new { status = healthy ? "ok" : "unavailable", checks }), http.RequestAborted);
    }
}
