using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Jobs;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Platform.Features;
using XinxingPortal.Platform.Localization;
using XinxingPortal.Platform.Modules;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Hosting;

/// <summary>The request pipeline in the design's order: tenant, authentication, culture, routing, feature gate, endpoint.</summary>
internal static class PortalPipeline
{
    public static WebApplication UsePortal(this WebApplication app)
    {
        PortalTransport.Use(app);
        app.UseResponseCompression();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Before the tenant: a load balancer asks by address, not by a tenant's Host.
        HealthEndpoints.Map(app);

        // A page held for anonymous readers is answered before the tenant, its features, a service scope and everything
        // else it no longer needs; it is kept by the address it was asked for and served only while its tenant's epoch
        // and the tenant list are those it was made under. Only cookie-less (or preference-only) requests are looked
        // up, so a signed-in reader always goes on.
        Caching.PageCache.UseFront(app);

        // A request that cannot get a database connection answers 503 with Retry-After, wherever it found out (the
        // tenant's features are read here; pages inside have the exception handler's DatabaseBusyExceptionHandler).
        app.UseMiddleware<Errors.DatabaseBusyMiddleware>();
        app.UseMiddleware<TenantMiddleware>();

        // Right after the tenant (its name and epoch go with the page): a page the front did not find is kept.
        Caching.PageCache.UseFill(app);
        app.UseMiddleware<TenantAntiforgeryCookie>();
        app.UseAuthentication();
        app.UseMiddleware<CultureMiddleware>();

        // After the culture: "~/" links made on a /ug/ page carry the culture segment, assets included.
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticAssetCaching.Apply });

        // After the culture is chosen, so error pages speak the reader's language inside the tenant's frame.
        // In every environment: a stack trace with source paths is for the log, never for a browser.
        app.UseExceptionHandler("/error/500");

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRouting();
        app.UseMiddleware<FeatureGateMiddleware>();

        // ETags on what is about to be cached, once the feature gate has said the page exists.
        Caching.PageCache.UseEntityTags(app);
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapControllers();

        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        foreach (var module in catalog.Modules.Where(m => m.Startup is not null))
        {
            var group = app.MapGroup("").WithMetadata(new FeatureMetadata(module.MainFeatureId));
            module.Startup!.MapRoutes(group);
        }

        app.Services.GetRequiredService<TenantRouteGuard>().Watch(((IEndpointRouteBuilder)app).DataSources);

        return app;
    }

    /// <summary>Registers the auto-setup tenants on a fresh install and brings running tenants' databases up to date.</summary>
    public static async Task PrepareTenantsAsync(this WebApplication app, CancellationToken ct = default)
    {
        app.Services.GetRequiredService<AutoSetup>().RegisterTenantsIfFresh();
        var store = app.Services.GetRequiredService<TenantSettingsStore>();
        var scopes = app.Services.GetRequiredService<TenantScopeFactory>();
        var locks = app.Services.GetRequiredService<IJobLock>();
        foreach (var tenant in store.All.Where(t => t.State is TenantState.Running or TenantState.Disabled))
        {
            // Nodes starting together migrate a shared database one at a time.
            await using var migrating = await locks.TryAcquireAsync("migrate:" + tenant.Name.ToLowerInvariant(), TimeSpan.FromMinutes(5), ct)
                ?? throw new TenantException($"Tenant '{tenant.Name}' is being migrated by another node for too long.");
            await using var scope = await scopes.CreateAsync(tenant, loadFeatures: false);
            await TenantSetup.MigrateAsync(scope.ServiceProvider, ct);
        }

        // A tenant caught mid-setup by a crash starts over; its recipe is idempotent. Not while another node is
        // setting it up: that node holds the setup lock.
        foreach (var stuck in store.All.Where(t => t.State == TenantState.Initializing))
        {
            await using var idle = await locks.TryAcquireAsync(TenantSetup.LockName(stuck.Name), TimeSpan.Zero, ct);
            if (idle is not null)
            {
                store.Reload();
                if (store.Find(stuck.Name) is { State: TenantState.Initializing } still)
                {
                    store.Save(still with { State = TenantState.Uninitialized });
                }
            }
        }
    }
}
