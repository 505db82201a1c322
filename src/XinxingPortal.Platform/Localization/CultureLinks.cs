using Microsoft.AspNetCore.Http;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Localization;

internal sealed class CultureLinks(IHttpContextAccessor http, PortalOrigins origins, TenantContext scopeTenant) : ICultureLinks
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
        // The tenant of this scope: a request's, or the one a setup or background scope works for.
        var tenant = scopeTenant.Settings;
        var local = new PathString(tenant.RequestUrlPrefix.Length > 0 ? "/" + tenant.RequestUrlPrefix : "")
            .Add(culture == PortalCultures.Chinese ? "" : "/" + culture)
            .Add(new PathString(path));
        return origins.For(tenant) + (local.Value is { Length: > 0 } v ? v : "/");
    }
}
