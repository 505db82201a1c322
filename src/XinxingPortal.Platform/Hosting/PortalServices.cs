using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Abstractions.Tenants;
using XinxingPortal.Platform.Accounts;
using XinxingPortal.Platform.Admin;
using XinxingPortal.Platform.Auditing;
using XinxingPortal.Platform.Cluster;
using XinxingPortal.Platform.Content;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Features;
using XinxingPortal.Platform.Identity;
using XinxingPortal.Platform.Localization;
using XinxingPortal.Platform.Modules;
using XinxingPortal.Platform.Recipes;
using XinxingPortal.Platform.Recipes.Steps;
using XinxingPortal.Platform.Settings;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Hosting;

/// <summary>Registers the platform and every discovered module in the one container all tenants share.</summary>
internal static class PortalServices
{
    public static ModuleCatalog AddPortal(this WebApplicationBuilder builder, TextWriter? console = null)
    {
        var services = builder.Services;
        var catalog = ModuleCatalog.Discover();
        var appData = builder.Configuration["Portal:AppDataPath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(builder.Environment.ContentRootPath, "App_Data");
        // Portal:SharedFiles: a folder every node mounts, for the tenants list and each tenant's files.
        var shared = builder.Configuration["Portal:SharedFiles"] is { Length: > 0 } sharedFiles ? Path.GetFullPath(sharedFiles) : null;
        var paths = new PortalPaths(appData, AppContext.BaseDirectory, shared);

        QuietRequestScopes(builder);
        services.AddSingleton(catalog);
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddResponseCompression();
        // No "Server: Kestrel" on every answer: it tells a scanner what runs here and costs bytes on every cached page.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false);
        var formsPerMinute = builder.Configuration.GetValue("Portal:RateLimits:PublicFormsPerMinute", 10);
        PortalRateLimits.Add(services, formsPerMinute);
        // Chinese and Uyghur text stays readable in the HTML instead of becoming numeric entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<AutoSetupOptions>(builder.Configuration.GetSection("Portal:AutoSetup"));
        services.Configure<PortalOriginOptions>(builder.Configuration.GetSection("Portal"));
        services.Configure<Account.SignInThrottleOptions>(builder.Configuration.GetSection("Portal:SignIn"));
        var sharedKeys = builder.AddCluster();
        PortalTransport.Add(builder, appData, sharedKeys);
        services.AddSingleton<PortalOrigins>();
        services.AddSingleton<TenantRouteGuard>();
        services.AddSingleton(new AutoSetupConsole(console ?? Console.Out));
        services.AddSingleton(sp => new AutoSetup(
            sp.GetRequiredService<TenantSettingsStore>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AutoSetupOptions>>(),
            sp.GetRequiredService<AutoSetupConsole>().Writer));

        AddTenants(services);
        AddData(services, paths);
        AddRecipes(services);
        AddIdentity(services);
        services.AddAccounts();
        AddLocalization(services, catalog, paths);

        services.AddSharedServices();
        services.AddScoped(typeof(IContentManager<>), typeof(ContentManager<>));
        services.AddScoped<XinxingPortal.Abstractions.Workflow.IWorkflow, Workflow.PortalWorkflow>();
        services.AddScoped(typeof(XinxingPortal.Abstractions.Workflow.IWorkflowType<>), typeof(Workflow.ContentWorkflowType<>));
        Caching.PageCache.Add(services, builder.Configuration);
        services.AddExceptionHandler<Errors.DatabaseBusyExceptionHandler>();
        services.AddSingleton<Changes.ChangeFeedSignal>();
        services.AddSingleton<Changes.ChangeFeedDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<Changes.ChangeFeedDispatcher>());
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<Admin.Activity.ActivityDescriber>();
        services.AddSingleton<IAuditVocabulary, Admin.Activity.ContentVocabulary>();
        services.Configure<Email.SmtpOptions>(builder.Configuration.GetSection("Portal:Smtp"));
        services.AddSingleton<Email.OutboxSignal>();
        services.AddSingleton<Email.EmailTransport>();
        services.AddScoped<XinxingPortal.Abstractions.Email.IEmailOutbox, Email.EmailOutbox>();
        services.AddHostedService<Email.OutboxDispatcher>();
        services.AddSingleton<Background.TenantJobSignal>();
        services.AddSingleton<Background.TenantJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<Background.TenantJobRunner>());
        services.AddHostedService<Memory.IdleMemoryTrim>();
        services.AddSingleton<INavigationProvider, CoreNavigation>();
        services.AddScoped<AdminMenu>();
        services.AddScoped<IAdminMenu>(sp => sp.GetRequiredService<AdminMenu>());

        var mvc = services.AddControllersWithViews(o => o.Conventions.Add(new FeatureEndpointConvention(catalog)))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        services.AddTransient<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, Localization.Validation.ValidationLocalizationSetup>();
        mvc.ConfigureApplicationPartManager(parts =>
        {
            parts.FeatureProviders.Add(new InternalControllerFeatureProvider());
            foreach (var module in catalog.Modules.Where(m => parts.ApplicationParts.All(p => p.Name != m.Assembly.GetName().Name)))
            {
                parts.ApplicationParts.Add(new AssemblyPart(module.Assembly));
            }
        });

        foreach (var module in catalog.Modules)
        {
            module.Startup?.ConfigureServices(services);
        }

        services.AddAccountLinks();
        AddHome(services);

        return catalog;
    }

    /// <summary>Home pages composed from the modules' blocks, and the host's view of sibling sites.</summary>
    private static void AddHome(IServiceCollection services)
    {
        services.AddSingleton<Home.SiblingReads>();
        services.AddScoped<Home.SiblingSites>();
        services.AddScoped<XinxingPortal.Abstractions.Home.ISiblingSites>(sp => sp.GetRequiredService<Home.SiblingSites>());
        services.AddScoped<Home.HomeLayoutRules>();
        services.AddScoped<Home.HomeComposer>();
        services.AddScoped<XinxingPortal.Abstractions.Recipes.IRecipeStepHandler, Home.HomeStep>();
    }

    /// <summary>
    /// The host opens a logging scope for every request (an object and an async-local change) whenever its diagnostics
    /// category is on at any level, which it is at "Warning". Nothing shows it: that category writes only request
    /// start and finish lines, at Information, and the console leaves scopes out. Off unless configured; a reverse
    /// proxy's access log is where requests are counted.
    /// </summary>
    private static void QuietRequestScopes(WebApplicationBuilder builder)
    {
        const string category = "Microsoft.AspNetCore.Hosting.Diagnostics";
        if (builder.Configuration["Logging:LogLevel:" + category] is null)
        {
            builder.Logging.AddFilter(category, LogLevel.None);
        }
    }

    private static void AddTenants(IServiceCollection services)
    {
        services.AddSingleton<TenantSettingsStore>();
        services.AddSingleton<TenantSetup>();
        services.AddSingleton<TenantScopeFactory>();
        services.AddSingleton<TenantStateCache>();
        services.AddSingleton<TenantAdministration>();
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddScoped<XinxingPortal.Abstractions.Storage.ITenantStorage, TenantStorage>();
        services.AddScoped<FeatureService>();
        services.AddScoped<SiteSettingsStore>();
        services.AddScoped<ISiteSettingsStore>(sp => sp.GetRequiredService<SiteSettingsStore>());
    }

    private static void AddData(IServiceCollection services, PortalPaths paths)
    {
        services.AddSingleton<CommitInterceptor>();
        services.AddDbContext<PortalDbContext>((sp, options) =>
        {
            TenantDatabase.Configure(options, sp.GetRequiredService<TenantContext>().Settings, paths);
            options.AddInterceptors(sp.GetRequiredService<CommitInterceptor>());
        });
        services.AddScoped<IPortalDb>(sp => sp.GetRequiredService<PortalDbContext>());
    }

    private static void AddRecipes(IServiceCollection services)
    {
        services.AddSingleton<RecipeTokens>();
        services.AddSingleton<RecipeCatalog>();
        services.AddSingleton<IRecipeFiles, RecipeFiles>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<IRecipeStepHandler, FeatureStep>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
        services.AddScoped<IRecipeStepHandler, RolesStep>();
        services.AddScoped<IRecipeStepHandler, UsersStep>();
        services.AddScoped<IRecipeStepHandler, TenantsStep>();
        services.AddScoped<IRecipeStepHandler, MenuStep>();
        services.AddScoped<IRecipeStepHandler, RecipesStep>();
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentity<PortalUser, PortalRole>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 10;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddClaimsPrincipalFactory<TenantClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "xp.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            // Secure whenever the request is HTTPS, including behind a configured TLS proxy (ForwardedHeaders).
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            o.CookieManager = new TenantCookieManager();
            o.Events.OnValidatePrincipal = TenantCookieValidation.ValidateAsync;
        });
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider, Microsoft.AspNetCore.Http.IHttpContextAccessor>(
                (o, protection, http) => o.TicketDataFormat = new TenantTicketFormat(protection, http));
        // Checked on every request, so a sign-out or a password change ends every other session at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddSingleton<Account.SignInThrottle>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IPermissionProvider, CorePermissionProvider>();
        services.AddSingleton<PermissionCatalog>();
        services.AddScoped<IPortalAccounts, PortalAccounts>();
    }

    private static void AddLocalization(IServiceCollection services, ModuleCatalog catalog, PortalPaths paths)
    {
        services.AddSingleton(new PoTranslationStore(catalog.Modules.Select(m => m.Assembly), paths.Base, paths.Files));
        services.AddSingleton<ITenantNameSource, HttpTenantNameSource>();
        services.AddSingleton<IStringLocalizerFactory, PoStringLocalizerFactory>();
        services.AddScoped<ICultureLinks, CultureLinks>();
        services.AddScoped<XinxingPortal.Abstractions.Seo.IPageHead, Seo.PageHead>();
        services.TryAddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
    }
}

/// <summary>Where auto-setup prints a generated password: the console, or a test's writer.</summary>
internal sealed record AutoSetupConsole(TextWriter Writer);
