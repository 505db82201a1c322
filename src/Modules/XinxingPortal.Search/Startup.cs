using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Changes;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Search;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Search.Engine;
using XinxingPortal.Search.Querying;

namespace XinxingPortal.Search;

internal sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
        services.AddSingleton<SearchIndexes>();
        services.AddScoped<SearchIndexer>();
        services.AddScoped<ISearchIndexAdmin>(sp => sp.GetRequiredService<SearchIndexer>());
        services.AddScoped<IChangeFeedConsumer, SearchFeedConsumer>();
        services.AddScoped<Synonyms>();
        services.AddScoped<QueryLog>();
        services.AddSingleton<HotSearches>();
        services.AddScoped<SearchService>();
        services.AddScoped<IRecipeStepHandler, Recipes.SearchSynonymsStep>();
        services.AddScoped<XinxingPortal.Abstractions.Home.IHomeBlockSource, Home.SearchBoxBlock>();
    }
}
