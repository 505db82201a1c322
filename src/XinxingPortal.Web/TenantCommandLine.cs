using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Platform.Hosting;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Web;

/// <summary><c>dotnet run -- tenants list|create|disable|enable|remove …</c>: the admin's tenant screen, on the command line.</summary>
internal static class TenantCommandLine
{
    private const string Usage = """
        usage: tenants list
               tenants create --name NAME (--prefix PREFIX | --host HOST) [--recipe blank] [--provider Sqlite|PostgreSql]
                              [--connection CONNECTION] [--base-url https://HOST] [--admin-user admin] [--admin-email EMAIL] [--admin-password PASSWORD]
               tenants disable NAME | enable NAME | remove NAME
               tenants features NAME enable|disable FEATURE...
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddPortal();
        await using var app = builder.Build();
        await app.PrepareTenantsAsync();
        // Maps the routes (nothing is served) so a new tenant's prefix is checked against them.
        app.UsePortal();
        var tenants = app.Services.GetRequiredService<TenantAdministration>();
        try
        {
            switch (args)
            {
                case ["list"]:
                    foreach (var t in tenants.List())
                    {
                        Console.WriteLine($"{t.Name,-16} {t.State,-14} prefix=/{t.RequestUrlPrefix} hosts={string.Join(",", t.RequestUrlHosts)} db={t.DatabaseProvider} recipe={t.RecipeName}");
                    }

                    return 0;
                case ["create", .. var options]:
                    await CreateAsync(tenants, app.Services.GetRequiredService<AutoSetup>(), ReadOptions(options));
                    return 0;
                case ["disable", var name]:
                    tenants.Disable(name);
                    break;
                case ["enable", var name]:
                    tenants.Enable(name);
                    break;
                case ["remove", var name]:
                    await tenants.RemoveAsync(name);
                    break;
                case ["features", var name, "enable" or "disable", _, ..]:
                    await SwitchFeaturesAsync(app.Services, name, args[2] == "enable", args[3..]);
                    break;
                default:
                    await Console.Error.WriteLineAsync(Usage);
                    return 2;
            }

            Console.WriteLine($"{args[0]}: done.");
            return 0;
        }
        catch (Exception ex) when (ex is TenantException or RecipeException or ArgumentException or Platform.Features.FeatureStateException)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message);
            return 1;
        }
    }

    private static async Task CreateAsync(TenantAdministration tenants, AutoSetup autoSetup, Dictionary<string, string> o)
    {
        var name = o.GetValueOrDefault("name") ?? throw new ArgumentException("--name is required.");
        var tenant = new TenantSettings
        {
            Name = name,
            RequestUrlPrefix = o.GetValueOrDefault("prefix", "").Trim('/'),
            RequestUrlHosts = o.TryGetValue("host", out var host) ? [host] : [],
            RecipeName = o.GetValueOrDefault("recipe", "blank"),
            DatabaseProvider = Enum.TryParse<DatabaseProvider>(o.GetValueOrDefault("provider", "Sqlite"), true, out var p)
                ? p
                : throw new ArgumentException("--provider is Sqlite or PostgreSql."),
            ConnectionString = o.GetValueOrDefault("connection", ""),
            BaseUrl = o.GetValueOrDefault("base-url", ""),
        };
        var admin = o.TryGetValue("admin-password", out var password)
            ? new AdminAccount(o.GetValueOrDefault("admin-user", "admin"), o.GetValueOrDefault("admin-email", "admin@xinxing.example"), password)
            : autoSetup.AdminFor(name);
        await tenants.CreateAsync(tenant, admin);
        Console.WriteLine($"create: tenant '{name}' is running.");
    }

    /// <summary>Switches a tenant's features; with <c>Portal:Redis</c> set, every running node hears of it at once.</summary>
    private static async Task SwitchFeaturesAsync(IServiceProvider services, string name, bool enable, string[] ids)
    {
        var tenant = services.GetRequiredService<TenantSettingsStore>().Find(name) ?? throw new TenantException($"Tenant '{name}' does not exist.");
        await using var scope = await services.GetRequiredService<TenantScopeFactory>().CreateAsync(tenant);
        var features = scope.ServiceProvider.GetRequiredService<Platform.Features.FeatureService>();
        if (enable)
        {
            await features.EnableAsync(ids);
        }
        else
        {
            await features.DisableAsync(ids);
        }
    }

    private static Dictionary<string, string> ReadOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--option value' at '{args[i]}'.");
            }

            options[args[i][2..]] = args[i + 1];
        }

        return options;
    }
}
