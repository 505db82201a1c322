using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace XinxingPortal.Platform.Tenants;

/// <summary>
/// What a fresh install does by itself: register the configured tenants, and give each one's first
/// administrator the configured password or a generated one that is printed once and never stored.
/// </summary>
internal sealed class AutoSetup(TenantSettingsStore store, IOptions<AutoSetupOptions> options, TextWriter console)
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private readonly ConcurrentDictionary<string, AdminAccount> generated = new(StringComparer.OrdinalIgnoreCase);

    public void RegisterTenantsIfFresh()
    {
        if (store.Exists)
        {
            return;
        }

        var o = options.Value;
        foreach (var t in o.Tenants)
        {
            var provider = o.DatabaseProvider ?? DatabaseProvider.Sqlite;
            store.Save(new TenantSettings
            {
                Name = t.Name,
                RequestUrlPrefix = t.RequestUrlPrefix,
                RequestUrlHosts = t.RequestUrlHosts,
                RecipeName = t.RecipeName,
                BaseUrl = t.BaseUrl,
                DatabaseProvider = provider,
                ConnectionString = provider == DatabaseProvider.PostgreSql
                    ? o.ConnectionStringTemplate.Replace("{tenant}", "xp_" + t.Name.ToLowerInvariant(), StringComparison.Ordinal)
                    : "",
            });
        }
    }

    public AdminAccount AdminFor(string tenant)
    {
        var o = options.Value;
        if (o.AdminPassword.Length > 0)
        {
            return new AdminAccount(o.AdminUserName, o.AdminEmail, o.AdminPassword);
        }

        return generated.GetOrAdd(tenant, name =>
        {
            var account = new AdminAccount(o.AdminUserName, o.AdminEmail, Generate());
            console.WriteLine($"""

                ==== XinxingPortal: tenant '{name}' administrator (shown once, not stored) ====
                     user: {account.UserName}
                     password: {account.Password}
                ==================================================================

                """);
            console.Flush();
            return account;
        });
    }

    /// <summary>20 characters from an unambiguous alphabet plus a symbol, so it passes the password rules.</summary>
    public static string Generate() =>
        RandomNumberGenerator.GetString(Alphabet, 20) + "#" + RandomNumberGenerator.GetInt32(10);
}
