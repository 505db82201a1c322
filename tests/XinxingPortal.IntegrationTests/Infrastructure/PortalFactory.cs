using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The real host on a fresh App_Data: every test class instance gets its own tenants and databases,
/// the way a new install would, so no test sees another's data.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Test-Admin-Pass-2026!";

    private readonly string databasePrefix = "t" + Guid.NewGuid().ToString("N")[..10];

    public string AppData { get; } = Directory.CreateTempSubdirectory("xp-it-").FullName;

    internal CapturingLoggerProvider Logs { get; } = new();

    /// <summary>More configuration for this host (SMTP sink, rate limits); set before the host starts.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>The clock the host reads instead of the wall clock, when a test is about dates; set before the host starts.</summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Portal:AppDataPath", AppData);
        builder.UseSetting("Portal:BaseUrl", "http://localhost");
        builder.UseSetting("Portal:AutoSetup:AdminPassword", AdminPassword);
        if (TestDatabase.PostgresConnection is { } pg)
        {
            builder.UseSetting("Portal:AutoSetup:DatabaseProvider", "PostgreSql");
            builder.UseSetting("Portal:AutoSetup:ConnectionStringTemplate", PostgresFor("{tenant}"));
        }

        // Most tests change data behind the site's back or move the test clock; the page-cache tests turn the cache on.
        builder.UseSetting("Portal:OutputCache:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    /// <summary>A connection string for a tenant database owned by this factory (PostgreSQL runs only).</summary>
    public string PostgresFor(string name) => $"{TestDatabase.PostgresConnection};Database={databasePrefix}_{name.ToLowerInvariant()}";

    /// <summary>Settings for a new tenant on the database this run uses.</summary>
    internal TenantSettings NewTenant(string name, string prefix, string recipe = "blank") => new()
    {
        Name = name,
        RequestUrlPrefix = prefix,
        RecipeName = recipe,
        DatabaseProvider = TestDatabase.IsPostgres ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite,
        ConnectionString = TestDatabase.IsPostgres ? PostgresFor(name) : "",
    };

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    internal async Task<AsyncServiceScope> TenantScopeAsync(string tenant)
    {
        var settings = Services.GetRequiredService<TenantSettingsStore>().Find(tenant) ?? throw new InvalidOperationException($"no tenant {tenant}");
        return await Services.GetRequiredService<TenantScopeFactory>().CreateAsync(settings);
    }

    /// <summary>Makes sure a tenant has been set up by requesting its home page.</summary>
    public async Task WarmUpAsync(string prefix = "")
    {
        var response = await Browser().GetAsync(prefix + "/");
        response.EnsureSuccessStatusCode();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(AppData, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection is left for the OS temp cleaner.
        }
    }
}
