using Microsoft.AspNetCore.Http;
using XinxingPortal.Abstractions.Localization;

namespace XinxingPortal.Platform.Localization;

internal sealed class CultureLinks(IHttpContextAccessor http) : ICultureLinks
{
    private RequestCultureInfo Info =>
        http.HttpContext?.Features.Get<RequestCultureInfo>() ?? throw new InvalidOperationException("No request culture has been chosen.");

    public string CurrentCulture => Info.Culture;
    public IReadOnlyList<string> SiteCultures => Info.Cultures;
    public bool IsRightToLeft => Info.IsRightToLeft;

    public string Link(string culture, string path) => Info.UrlFor(culture, new PathString(path));

    public string Absolute(string culture, string path)
    {
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("No request to take the origin from.");
        return $"{request.Scheme}://{request.Host}{Link(culture, path)}";
    }
}
