using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Seo;
using XinxingPortal.Pages.Recipes;

namespace XinxingPortal.Pages;

internal sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<XinxingPortal.Abstractions.Auditing.IAuditVocabulary, PagesAuditVocabulary>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStepHandler, PagesStep>();
        services.AddScoped<ISitemapSource, PagesSitemap>();
        services.AddScoped<XinxingPortal.Abstractions.Search.ISearchSource, Search.PagesSearchSource>();
    }
}
