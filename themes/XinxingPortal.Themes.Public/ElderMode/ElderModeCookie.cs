using Microsoft.AspNetCore.Http;

namespace XinxingPortal.Themes.Public.ElderMode;

/// <summary>
/// 适老化模式 lives in a cookie on the whole host (path "/"), so it follows the reader across pages and across
/// the tenants they visit until they turn it off. It holds a preference, not identity.
/// </summary>
internal static class ElderModeCookie
{
    public const string Name = "xp.elder";

    public static bool IsOn(HttpContext http) => http.Request.Cookies[Name] == "1";

    public static void Set(HttpContext http, bool on)
    {
        var options = new CookieOptions { Path = "/", HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true };
        if (on)
        {
            options.MaxAge = TimeSpan.FromDays(365);
            http.Response.Cookies.Append(Name, "1", options);
        }
        else
        {
            http.Response.Cookies.Delete(Name, options);
        }
    }
}
