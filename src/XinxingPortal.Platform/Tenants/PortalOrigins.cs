using Microsoft.Extensions.Options;

namespace XinxingPortal.Platform.Tenants;

/// <summary>
/// <c>Portal:BaseUrl</c> (the origin of tenants that name none) and <c>Portal:Hosts</c> (more host names the
/// site answers on, such as the server's address for a health check).
/// </summary>
internal sealed class PortalOriginOptions
{
    public string BaseUrl { get; set; } = "http://localhost:5000";
    public List<string> Hosts { get; set; } = [];
}

/// <summary>
/// Where a tenant's absolute links point and which Host headers the site answers at all. Both come from
/// configuration, never from the request: a forged Host header must not reach a mail or a feed.
/// </summary>
internal sealed class PortalOrigins(IOptions<PortalOriginOptions> options)
{
    public string Fallback => Normalise(options.Value.BaseUrl);

    /// <summary>The tenant's origin: its own base URL, else its first fixed host on the portal's scheme, else the portal's.</summary>
    public string For(TenantSettings tenant)
    {
        if (tenant.BaseUrl.Length > 0)
        {
            return Normalise(tenant.BaseUrl);
        }

        var host = tenant.RequestUrlHosts.FirstOrDefault(h => !h.StartsWith("*.", StringComparison.Ordinal));
        return host is null ? Fallback : $"{new Uri(Fallback).Scheme}://{host}";
    }

    /// <summary>True when some tenant or the configuration names this host (the port is not compared).</summary>
    public bool IsKnownHost(string host, IEnumerable<TenantSettings> tenants)
    {
        var name = HostName(host);
        if (name.Length == 0)
        {
            return false;
        }

        var all = tenants.ToList();
        return options.Value.Hosts.Any(h => HostName(h).Equals(name, StringComparison.OrdinalIgnoreCase)) ||
            all.Select(For).Append(Fallback).Any(o => new Uri(o).Host.Equals(name, StringComparison.OrdinalIgnoreCase)) ||
            all.SelectMany(t => t.RequestUrlHosts).Any(h => h.StartsWith("*.", StringComparison.Ordinal)
                ? name.EndsWith(h[1..], StringComparison.OrdinalIgnoreCase)
                : HostName(h).Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Null when <paramref name="baseUrl"/> is a usable origin (http or https, no path, query or user).</summary>
    public static string? Problem(string baseUrl) =>
        baseUrl.Length == 0 ||
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" &&
        uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.UserInfo.Length == 0 && uri.Fragment.Length == 0
            ? null
            : $"'{baseUrl}' is not a base URL: give the scheme and host only, such as https://kjj.example.gov.cn";

    private static string Normalise(string url) => new Uri(url).GetLeftPart(UriPartial.Authority);

    private static string HostName(string host)
    {
        // "[::1]:5000" keeps its brackets; "name:5000" loses its port.
        if (host.StartsWith('['))
        {
            var end = host.IndexOf(']', StringComparison.Ordinal);
            return end < 0 ? "" : host[..(end + 1)];
        }

        var colon = host.IndexOf(':', StringComparison.Ordinal);
        return (colon < 0 ? host : host[..colon]).Trim();
    }
}
