using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.TechTransfer.Challenges;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.TechTransfer;

internal sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
        services.AddScoped<MarketAccess>();
        services.AddScoped<MarketLinks>();
        services.AddScoped<MarketMail>();
        services.AddScoped<ModerationDesk>();
        services.AddScoped<PrivateFiles>();
        services.AddChallenges();
    }
}
