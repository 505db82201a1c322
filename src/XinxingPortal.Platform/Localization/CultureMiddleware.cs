using System.Globalization;
using Microsoft.AspNetCore.Http;
using XinxingPortal.Platform.Settings;

namespace XinxingPortal.Platform.Localization;

/// <summary>
/// Reads the culture from the first path segment (<c>/ug/…</c>, <c>/en/…</c>; none for zh-CN) and moves it
/// into PathBase, so every generated link keeps the reader's language. Runs after authentication so
/// cookies stay scoped to the tenant, not to one language.
/// </summary>
internal sealed class CultureMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, SiteSettingsStore settings)
    {
        var site = await settings.GetAsync(http.RequestAborted);
        var path = http.Request.Path.Value ?? "/";
        var segment = path.TrimStart('/').Split('/')[0];
        var culture = site.Cultures.Contains(PortalCultures.Chinese) ? PortalCultures.Chinese : site.DefaultCulture;
        var baseWithoutCulture = http.Request.PathBase;

        if (segment.Length > 0 && segment != PortalCultures.Chinese && PortalCultures.IsSupported(segment))
        {
            if (!site.Cultures.Contains(segment))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            culture = segment;
            http.Request.PathBase = http.Request.PathBase.Add("/" + segment);
            var rest = path[(segment.Length + 1)..];
            http.Request.Path = rest.Length == 0 ? "/" : rest;
        }

        var info = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentCulture = info;
        CultureInfo.CurrentUICulture = info;
        http.Features.Set(new RequestCultureInfo(culture, site.Cultures, baseWithoutCulture));
        await next(http);
    }
}

/// <summary>The request's culture, the tenant's cultures and the PathBase without the culture segment (for the language switch).</summary>
internal sealed record RequestCultureInfo(string Culture, IReadOnlyList<string> Cultures, PathString TenantBase)
{
    public bool IsRightToLeft => PortalCultures.IsRightToLeft(Culture);

    public string UrlFor(string culture, PathString path) =>
        TenantBase.Add(culture == PortalCultures.Chinese ? "" : "/" + culture).Add(path).Value is { Length: > 0 } v ? v : "/";
}
