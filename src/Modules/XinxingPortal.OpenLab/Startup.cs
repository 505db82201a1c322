using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Seo;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.OpenLab.Booking;
using XinxingPortal.OpenLab.Data;
using XinxingPortal.OpenLab.Instruments;
using XinxingPortal.OpenLab.Recipes;

namespace XinxingPortal.OpenLab;

internal sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
        // A lab manager drafts; a reviewer who is not the author publishes.
        services.AddSingleton(new ContentReview<Instrument>(FourEyes: true, RequiresReview: true));
        services.AddSingleton(new ContentReview<Lab>(FourEyes: true, RequiresReview: true));
        services.AddScoped<IRecipeStepHandler, LabsStep>();
        services.AddScoped<IRecipeStepHandler, InstrumentsStep>();
        services.AddScoped<IRecipeStepHandler, InstrumentRulesStep>();
        services.AddScoped<IRecipeStepHandler, QualificationsStep>();
        services.AddScoped<ISitemapSource, OpenLabSitemap>();
        services.AddScoped<XinxingPortal.Abstractions.Search.ISearchSource, Search.InstrumentSearchSource>();
        services.AddScoped<InstrumentQueries>();
        services.AddScoped<Admin.InstrumentEditPages>();
        services.AddScoped<XinxingPortal.Abstractions.Equipment.IInstrumentFinder, InstrumentFinder>();
        services.AddScoped<BookingDesk>();
        services.AddScoped<BookingOrganisations>();
        services.AddScoped<Admin.LabScope>();
        services.AddScoped<BookingMail>();
        services.AddScoped<Statistics.MachineHours>();
        services.AddScoped<XinxingPortal.Abstractions.Jobs.ITenantJob, Jobs.NoShowJob>();
        services.AddScoped<XinxingPortal.Abstractions.Home.IHomeBlockSource, Home.FreeThisWeekBlock>();
    }
}
