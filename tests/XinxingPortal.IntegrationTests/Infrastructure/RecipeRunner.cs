using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Platform.Recipes;

namespace XinxingPortal.IntegrationTests.Infrastructure;

internal static class RecipeRunner
{
    public static async Task RunNamedAsync(this PortalFactory factory, string tenant, string recipe)
    {
        await using var scope = await factory.TenantScopeAsync(tenant);
        var document = scope.ServiceProvider.GetRequiredService<RecipeCatalog>().Load(recipe);
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().RunAsync(document);
    }

    public static async Task RunJsonAsync(this PortalFactory factory, string tenant, string json)
    {
        await using var scope = await factory.TenantScopeAsync(tenant);
        var document = RecipeReader.Parse(json, "test", scope.ServiceProvider.GetRequiredService<RecipeTokens>());
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().RunAsync(document);
    }
}
