using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.TechTransfer.Challenges;
using XinxingPortal.TechTransfer.Matching;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Organisations;
using XinxingPortal.TechTransfer.Recipes;
using XinxingPortal.TechTransfer.Threads;

namespace XinxingPortal.TechTransfer;

internal sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<XinxingPortal.Abstractions.Auditing.IAuditVocabulary, MarketAuditVocabulary>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
        services.AddScoped<MarketAccess>();
        services.AddScoped<XinxingPortal.Abstractions.Organisations.IOrganisationDirectory, OrganisationDirectory>();
        services.AddScoped<MarketLinks>();
        services.AddScoped<MarketMail>();
        services.AddScoped<ModerationDesk>();
        AddReview<Data.Outcome>(services);
        AddReview<Data.Demand>(services);
        AddReview<Data.ChallengeApplication>(services);
        services.AddScoped<PrivateFiles>();
        services.AddScoped<Listings.ListingUploads>();
        services.AddScoped<Public.MarketQueries>();
        services.AddSingleton<Public.SearchTerms>();
        services.AddScoped<Admin.MarketStatistics>();
        services.AddScoped<XinxingPortal.Abstractions.Seo.ISitemapSource, Public.MarketSitemap>();
        services.AddScoped<XinxingPortal.Abstractions.Search.ISearchSource, Search.MarketSearchSource>();
        services.AddScoped<IRecipeStepHandler, OrganisationsStep>();
        services.AddScoped<IRecipeStepHandler, OutcomesStep>();
        services.AddScoped<IRecipeStepHandler, DemandsStep>();
        services.AddScoped<IRecipeStepHandler, ChallengesStep>();
        services.AddChallenges();
        services.AddScoped<XinxingPortal.Abstractions.Home.IHomeBlockSource, Home.NewestOutcomesBlock>();
        services.AddScoped<XinxingPortal.Abstractions.Home.IHomeBlockSource, Home.NewestDemandsBlock>();
        services.AddScoped<XinxingPortal.Abstractions.Home.IHomeBlockSource, Home.OpenChallengesBlock>();
        services.AddInterestThreads();
        services.AddSingleton<TermExtractor>();
        services.AddSingleton<MatchEngine>();
        services.AddScoped<MatchAlerts>();
        services.AddScoped<XinxingPortal.Abstractions.Accounts.IPersonalDataSource, Accounts.OrganisationPersonalData>();
    }

    private static void AddReview<T>(IServiceCollection services) where T : Data.Listing
    {
        services.AddScoped<XinxingPortal.Abstractions.Workflow.IWorkflowType<T>, ListingWorkflowType<T>>();
        services.AddScoped<XinxingPortal.Abstractions.Workflow.IWorkflowHandler<T>, ListingReviewHandler<T>>();
    }

}
