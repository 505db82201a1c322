using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Hosting;

/// <summary>
/// Public forms are limited per tenant, per form and per client address: a 科普 sign-up does not use up the quota of
/// /techtransfer/join, and behind a proxy the address is the visitor's (ForwardedHeaders runs first), not the proxy's.
/// A refusal says when to come back (Retry-After) on the site's own 429 page.
/// </summary>
internal static class PortalRateLimits
{
    public static void Add(IServiceCollection services, int formsPerMinute)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimits.PublicForms, http => RateLimitPartition.GetFixedWindowLimiter(
                PartitionOf(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = formsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = (context, _) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }

    public static string PartitionOf(HttpContext http)
    {
        var tenant = http.RequestServices.GetRequiredService<TenantContext>().CurrentTenantName;
        var form = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        return $"{tenant}|{form}|{http.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
    }
}
