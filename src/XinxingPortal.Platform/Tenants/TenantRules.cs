using System.Text.RegularExpressions;
using XinxingPortal.Platform.Localization;

namespace XinxingPortal.Platform.Tenants;

/// <summary>What makes a tenant registration valid next to the others.</summary>
internal static partial class TenantRules
{
    private static readonly string[] ReservedPrefixes = ["admin", "account", "api", "_content", "lib", "css", "js", "health"];

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,31}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex PrefixPattern();

    /// <summary>Null when the tenant may be registered, else the reason it may not.</summary>
    public static string? Check(TenantSettings tenant, IEnumerable<TenantSettings> others)
    {
        if (!NamePattern().IsMatch(tenant.Name))
        {
            return "a tenant name starts with a letter and has up to 32 letters, digits, '-' or '_'";
        }

        var prefix = tenant.RequestUrlPrefix;
        if (prefix.Length > 0 && (!PrefixPattern().IsMatch(prefix) || ReservedPrefixes.Contains(prefix) || PortalCultures.IsSupported(prefix)))
        {
            return $"'{prefix}' cannot be a URL prefix: use lower-case letters, digits and '-', and not a reserved word or language code";
        }

        if (!tenant.IsDefault && prefix.Length == 0 && tenant.RequestUrlHosts.Count == 0)
        {
            return "a tenant other than Default needs a URL prefix or a host";
        }

        if (tenant.DatabaseProvider == DatabaseProvider.PostgreSql && tenant.ConnectionString.Length == 0)
        {
            return "a PostgreSQL tenant needs a connection string";
        }

        var clash = others.FirstOrDefault(o =>
            o.RequestUrlPrefix.Equals(prefix, StringComparison.OrdinalIgnoreCase) &&
            (o.RequestUrlHosts.Count == 0 && tenant.RequestUrlHosts.Count == 0 ||
             o.RequestUrlHosts.Intersect(tenant.RequestUrlHosts, StringComparer.OrdinalIgnoreCase).Any()));
        return clash is null ? null : $"tenant '{clash.Name}' already answers on that host and prefix";
    }

    public static bool SameRegistration(TenantSettings a, TenantSettings b) =>
        a.RequestUrlPrefix == b.RequestUrlPrefix &&
        a.RequestUrlHosts.SequenceEqual(b.RequestUrlHosts) &&
        a.DatabaseProvider == b.DatabaseProvider &&
        a.ConnectionString == b.ConnectionString &&
        a.RecipeName == b.RecipeName &&
        a.BaseUrl == b.BaseUrl;
}
