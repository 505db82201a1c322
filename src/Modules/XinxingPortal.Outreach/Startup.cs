using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Seo;
using XinxingPortal.Outreach.Events;
using XinxingPortal.Outreach.Recipes;
using XinxingPortal.Outreach.Registrations;

namespace XinxingPortal.Outreach;

internal sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<XinxingPortal.Abstractions.Auditing.IAuditVocabulary, OutreachAuditVocabulary>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStepHandler, VenuesStep>();
        services.AddScoped<IRecipeStepHandler, EventsStep>();
        services.AddScoped<ISitemapSource, OutreachSitemap>();
        services.AddScoped<XinxingPortal.Abstractions.Search.ISearchSource, Search.OutreachSearchSource>();
        services.AddScoped<EventQueries>();
        services.AddScoped<XinxingPortal.Abstractions.Home.IHomeBlockSource, Home.UpcomingEventsBlock>();
        services.AddScoped<XinxingPortal.Abstractions.Home.IHomeBlockSource, Home.VenuesOpenTodayBlock>();
        services.AddScoped<SeatBook>();
        services.AddScoped<RegistrationDesk>();
        services.AddScoped<RegistrationMail>();
        services.AddScoped<XinxingPortal.Abstractions.Accounts.IAccountSection, Accounts.MyRegistrations>();
        services.AddScoped<XinxingPortal.Abstractions.Accounts.IPersonalDataSource, Accounts.RegistrationPersonalData>();
    }
}
