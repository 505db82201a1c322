using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Platform.Features;

namespace XinxingPortal.Platform.Tenants;

/// <summary>
/// Finds the request's tenant, moves its URL prefix into PathBase (so links and cookies stay inside it),
/// answers for tenants that cannot serve, and sets up a fresh tenant on its first request.
/// </summary>
internal sealed class TenantMiddleware(RequestDelegate next, TenantSettingsStore store, TenantSetup setup, AutoSetup autoSetup, PortalOrigins origins)
{
    private const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext http, TenantContext context)
    {
        // A Host no tenant and no configuration names is refused rather than served as Default, so a forged
        // Host header never reaches a page, a cookie or a link.
        if (!origins.IsKnownHost(http.Request.Host.Value ?? "", store.All))
        {
            await TenantPages.UnknownHostAsync(http);
            return;
        }

        var match = TenantResolver.Resolve(store.All, http.Request.Host.Value ?? "", http.Request.Path.Value ?? "/");
        if (match is null || match.Tenant.State == TenantState.Disabled)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // "/KEPU/" would put its cookies under "/KEPU", which "/kepu/" never sends back: send the reader to the one spelling.
        if (match.PrefixSegment.Length > 0 && match.PrefixSegment != match.Tenant.RequestUrlPrefix)
        {
            var rest = new PathString(http.Request.Path.Value![(match.PrefixSegment.Length + 1)..]).ToUriComponent();
            http.Response.Redirect($"{http.Request.PathBase.ToUriComponent()}/{match.Tenant.RequestUrlPrefix}{rest}{http.Request.QueryString}", permanent: true, preserveMethod: true);
            return;
        }

        // A tenant whose canonical origin is HTTPS is not served over plain HTTP (the proxy's scheme counts, see ForwardedHeaders).
        var origin = origins.For(match.Tenant);
        if (!http.Request.IsHttps && origin.StartsWith("https://", StringComparison.Ordinal))
        {
            http.Response.Redirect($"{origin}{http.Request.PathBase.ToUriComponent()}{http.Request.Path.ToUriComponent()}{http.Request.QueryString}", permanent: true, preserveMethod: true);
            return;
        }

        if (match.PrefixSegment.Length > 0)
        {
            var prefix = "/" + match.PrefixSegment;
            http.Request.PathBase = http.Request.PathBase.Add(prefix);
            var rest = http.Request.Path.Value![prefix.Length..];
            http.Request.Path = rest.Length == 0 ? "/" : rest;
        }

        var tenant = match.Tenant;
        if (tenant.State == TenantState.Uninitialized &&
            !await setup.TrySetupAsync(tenant.Name, () => autoSetup.AdminFor(tenant.Name), http.RequestAborted))
        {
            await TenantPages.SettingUpAsync(http, RetryAfterSeconds);
            return;
        }

        tenant = store.Find(tenant.Name)!;
        if (tenant.State != TenantState.Running)
        {
            await TenantPages.SettingUpAsync(http, RetryAfterSeconds);
            return;
        }

        context.Bind(tenant);
        // Resolved only now: the feature service's database context needs the tenant bound first.
        var features = http.RequestServices.GetRequiredService<FeatureService>();
        context.SetEnabledFeatures(await features.GetEnabledAsync(http.RequestAborted));
        await next(http);
    }
}
