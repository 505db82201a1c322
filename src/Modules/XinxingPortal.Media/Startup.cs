using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Media.Storage;

namespace XinxingPortal.Media;

internal sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<XinxingPortal.Abstractions.Auditing.IAuditVocabulary, MediaAuditVocabulary>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
        services.AddScoped<IMediaFileStore, LocalMediaFileStore>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<IMediaLibrary>(sp => sp.GetRequiredService<MediaLibrary>());
        services.AddScoped<XinxingPortal.Abstractions.Recipes.IRecipeStepHandler, Recipes.MediaStep>();
    }
}
