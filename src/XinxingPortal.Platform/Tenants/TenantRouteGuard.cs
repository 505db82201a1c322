using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace XinxingPortal.Platform.Tenants;

/// <summary>
/// Keeps a new tenant from shadowing the Default tenant: its prefix may not be the first segment of any route the
/// site maps (read from the endpoints themselves, so a module's new route is covered the day it lands), and a
/// tenant without a prefix may not sit on a host the Default tenant answers.
/// </summary>
internal sealed class TenantRouteGuard(PortalOrigins origins)
{
    private IEnumerable<EndpointDataSource> sources = [];

    /// <summary>Called once the routes are mapped (the web host and the command line both do it).</summary>
    public void Watch(IEnumerable<EndpointDataSource> mapped) => sources = mapped;

    public IReadOnlySet<string> RoutePrefixes() => sources
        .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
        .Select(e => e.RoutePattern.PathSegments.FirstOrDefault())
        .Where(s => s is { IsSimple: true } && s.Parts[0] is RoutePatternLiteralPart)
        .Select(s => ((RoutePatternLiteralPart)s!.Parts[0]).Content.ToLowerInvariant())
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Null when the tenant shadows nothing of Default's, else the reason.</summary>
    public string? Check(TenantSettings tenant, IReadOnlyList<TenantSettings> all)
    {
        if (tenant.IsDefault)
        {
            return PortalOrigins.Problem(tenant.BaseUrl);
        }

        if (tenant.RequestUrlPrefix.Length > 0 && RoutePrefixes().Contains(tenant.RequestUrlPrefix))
        {
            return $"'{tenant.RequestUrlPrefix}' cannot be a URL prefix: the Default tenant has pages under /{tenant.RequestUrlPrefix}/";
        }

        var defaults = all.FirstOrDefault(t => t.IsDefault);
        if (tenant.RequestUrlPrefix.Length == 0 && defaults is not null)
        {
            var defaultHosts = defaults.RequestUrlHosts.Count > 0
                ? defaults.RequestUrlHosts
                : [new Uri(origins.For(defaults)).Host];
            var taken = tenant.RequestUrlHosts.FirstOrDefault(h => defaultHosts.Any(d => SameHost(h, d)));
            if (taken is not null)
            {
                return $"'{taken}' is the Default tenant's host: give the tenant a URL prefix or another host";
            }
        }

        return PortalOrigins.Problem(tenant.BaseUrl);
    }

    private static bool SameHost(string tenantHost, string defaultHost)
    {
        var a = tenantHost.Split(':')[0];
        var b = defaultHost.Split(':')[0];
        return a.StartsWith("*.", StringComparison.Ordinal)
            ? b.EndsWith(a[1..], StringComparison.OrdinalIgnoreCase)
            : a.Equals(b, StringComparison.OrdinalIgnoreCase);
    }
}
