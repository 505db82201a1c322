namespace XinxingPortal.Platform.Tenants;

/// <summary>
/// Picks the tenant for a request in a fixed order: host and prefix, host alone, prefix alone,
/// wildcard host, then Default. The most specific match wins so a prefix tenant can live on a shared host.
/// </summary>
internal static class TenantResolver
{
    public static TenantMatch? Resolve(IEnumerable<TenantSettings> tenants, string host, string path)
    {
        var all = tenants.ToList();
        var segment = FirstSegment(path);
        var hostOnly = host.Split(':')[0];

        bool HostIs(TenantSettings t) => t.RequestUrlHosts.Any(h =>
            !h.StartsWith("*.", StringComparison.Ordinal) &&
            (h.Equals(host, StringComparison.OrdinalIgnoreCase) || h.Equals(hostOnly, StringComparison.OrdinalIgnoreCase)));
        bool WildcardHost(TenantSettings t) => t.RequestUrlHosts.Any(h =>
            h.StartsWith("*.", StringComparison.Ordinal) && hostOnly.EndsWith(h[1..], StringComparison.OrdinalIgnoreCase));
        bool PrefixIs(TenantSettings t) =>
            t.RequestUrlPrefix.Length > 0 && t.RequestUrlPrefix.Equals(segment, StringComparison.OrdinalIgnoreCase);
        bool NoPrefix(TenantSettings t) => t.RequestUrlPrefix.Length == 0;
        bool NoHost(TenantSettings t) => t.RequestUrlHosts.Count == 0;

        var match =
            all.FirstOrDefault(t => HostIs(t) && PrefixIs(t)) ??
            all.FirstOrDefault(t => HostIs(t) && NoPrefix(t)) ??
            all.FirstOrDefault(t => NoHost(t) && PrefixIs(t)) ??
            all.FirstOrDefault(t => WildcardHost(t) && PrefixIs(t)) ??
            all.FirstOrDefault(t => WildcardHost(t) && NoPrefix(t)) ??
            all.FirstOrDefault(t => t.IsDefault && (NoHost(t) || HostIs(t)) && NoPrefix(t));
        return match is null ? null : new TenantMatch(match, PrefixIs(match) ? segment : "");
    }

    private static string FirstSegment(string path)
    {
        var trimmed = path.TrimStart('/');
        var slash = trimmed.IndexOf('/');
        return slash < 0 ? trimmed : trimmed[..slash];
    }
}

/// <summary>The tenant found and the path segment (as the request spelled it) that moves into PathBase.</summary>
internal sealed record TenantMatch(TenantSettings Tenant, string PrefixSegment);
