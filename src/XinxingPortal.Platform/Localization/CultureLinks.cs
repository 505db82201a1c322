using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Localization;

internal sealed class CultureLinks(IHttpContextAccessor http, PortalOrigins origins) : ICultureLinks
{
    private RequestCultureInfo Info =>
        http.HttpContext?.Features.Get<RequestCultureInfo>() ?? throw new InvalidOperationException("No request culture has been chosen.");

    public string CurrentCulture => Info.Culture;
    public IReadOnlyList<string> SiteCultures => Info.Cultures;
    public bool IsRightToLeft => Info.IsRightToLeft;

    public string Link(string culture, string path) => Info.UrlFor(culture, new PathString(path));

    /// <summary>
    /// The tenant's configured origin and prefix, never the request's Host or the prefix as the request spelled it:
    /// a link that leaves the site in a mail must point where the bureau says the site is.
    /// </summary>
    public string Absolute(string culture, string path)
    {
        var tenant = (http.HttpContext?.RequestServices.GetRequiredService<TenantContext>()
            ?? throw new InvalidOperationException("No request to take the tenant from.")).Settings;
        var local = new PathString(tenant.RequestUrlPrefix.Length > 0 ? "/" + tenant.RequestUrlPrefix : "")
            .Add(culture == PortalCultures.Chinese ? "" : "/" + culture)
            .Add(new PathString(path));
        return origins.For(tenant) + (local.Value is { Length: > 0 } v ? v : "/");
    }
}
