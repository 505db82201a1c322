using Microsoft.AspNetCore.Http;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Platform.Localization;

namespace XinxingPortal.Platform.Accounts;

/// <summary>
/// A recipe runs inside the tenant's first request, before the culture middleware: this lends the request the site's
/// default culture for as long as a step builds links, then takes it back.
/// </summary>
internal static class RecipeRequestCulture
{
    public static IDisposable Ensure(HttpContext http, SiteSettings site)
    {
        if (http.Features.Get<RequestCultureInfo>() is not null)
        {
            return Nothing.Instance;
        }

        http.Features.Set(new RequestCultureInfo(site.DefaultCulture, site.Cultures, http.Request.PathBase));
        return new Lent(http);
    }

    private sealed class Lent(HttpContext http) : IDisposable
    {
        public void Dispose() => http.Features.Set<RequestCultureInfo>(null);
    }

    private sealed class Nothing : IDisposable
    {
        public static readonly Nothing Instance = new();

        public void Dispose()
        {
        }
    }
}
