using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Seo;
using XinxingPortal.Policies.Documents;
using XinxingPortal.Policies.Public;
using XinxingPortal.Policies.Recipes;

namespace XinxingPortal.Policies;

internal sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<XinxingPortal.Abstractions.Auditing.IAuditVocabulary, PoliciesAuditVocabulary>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStepHandler, PolicyTopicsStep>();
        services.AddScoped<IRecipeStepHandler, PoliciesStep>();
        services.AddScoped<ISitemapSource, PoliciesSitemap>();
        services.AddScoped<XinxingPortal.Abstractions.Search.ISearchSource, Search.PoliciesSearchSource>();
        services.AddScoped<IndexNumberIssuer>();
        services.AddScoped<PolicyWorkflow>();
        services.AddScoped<XinxingPortal.Abstractions.Workflow.IWorkflowHandler<Data.PolicyDocument>, IndexNumberOnPublish>();
        services.AddSingleton(new XinxingPortal.Abstractions.Workflow.ContentReview<Data.PolicyDocument>(FourEyes: true, RequiresReview: true));
        services.AddScoped<PolicyQueries>();
        services.AddScoped<PolicyDetailReader>();
        services.AddScoped<Admin.PolicyEditor>();
        services.AddScoped<XinxingPortal.Abstractions.Home.IHomeBlockSource, Home.LatestNoticesBlock>();
        services.AddScoped<XinxingPortal.Abstractions.Home.IHomeBlockSource, Home.LatestPoliciesBlock>();
    }
}
