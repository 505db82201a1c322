using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Platform.Features;

namespace XinxingPortal.Platform.Tenants;

/// <summary>
/// Finds the request's tenant, moves its URL prefix into PathBase (so links and cookies stay inside it),
/// answers for tenants that cannot serve, and sets up a fresh tenant on its first request.
/// </summary>
internal sealed class TenantMiddleware(RequestDelegate next, TenantSettingsStore store, TenantSetup setup, AutoSetup autoSetup)
{
    private const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext http, TenantContext context)
    {
        var match = TenantResolver.Resolve(store.All, http.Request.Host.Value ?? "", http.Request.Path.Value ?? "/");
        if (match is null || match.Tenant.State == TenantState.Disabled)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
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
            await ServiceUnavailableAsync(http);
            return;
        }

        tenant = store.Find(tenant.Name)!;
        if (tenant.State != TenantState.Running)
        {
            await ServiceUnavailableAsync(http);
            return;
        }

        context.Bind(tenant);
        // Resolved only now: the feature service's database context needs the tenant bound first.
        var features = http.RequestServices.GetRequiredService<FeatureService>();
        context.SetEnabledFeatures(await features.GetEnabledAsync(http.RequestAborted));
        await next(http);
    }

    /// <summary>
    /// No tenant is bound yet, so neither its theme nor its language is known: the page says it in all three
    /// languages and refreshes itself when the Retry-After time has passed.
    /// </summary>
    private static Task ServiceUnavailableAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync(SettingUpPage);
    }

    private static readonly string SettingUpPage = $$"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="refresh" content="{{RetryAfterSeconds}}"><title>站点正在初始化</title></head>
        <body>
        <main>
        <h1>站点正在初始化，请稍后再试。</h1>
        <p lang="ug" dir="rtl">تور بېكەت تەييارلىنىۋاتىدۇ، سەل تۇرۇپ قايتا سىناڭ.</p>
        <p lang="en">The site is being set up; please try again shortly.</p>
        </main>
        </body>
        </html>
        """;
}
