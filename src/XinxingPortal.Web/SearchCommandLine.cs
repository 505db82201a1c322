using XinxingPortal.Abstractions.Search;
using XinxingPortal.Platform.Hosting;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Web;

/// <summary><c>dotnet run -- search rebuild --tenant NAME</c>: rebuilds this node's search indexes of one tenant from its content.</summary>
internal static class SearchCommandLine
{
    private const string Usage = "usage: search rebuild --tenant NAME";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not ["rebuild", "--tenant", var name])
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddPortal();
        await using var app = builder.Build();
        await app.PrepareTenantsAsync();
        var tenant = app.Services.GetRequiredService<TenantSettingsStore>().Find(name);
        if (tenant is null || tenant.State != TenantState.Running)
        {
            await Console.Error.WriteLineAsync($"error: no running tenant '{name}'.");
            return 1;
        }

        await using var scope = await app.Services.GetRequiredService<TenantScopeFactory>().CreateAsync(tenant);
        var context = scope.ServiceProvider.GetRequiredService<XinxingPortal.Abstractions.Tenants.ITenantContext>();
        if (!context.IsFeatureEnabled(SearchFeature.Id))
        {
            await Console.Error.WriteLineAsync($"error: site search is not enabled for tenant '{name}'.");
            return 1;
        }

        var count = await scope.ServiceProvider.GetRequiredService<ISearchIndexAdmin>().RebuildAsync(CancellationToken.None);
        Console.WriteLine($"search rebuild: {count} documents indexed for tenant '{name}'.");
        return 0;
    }
}
