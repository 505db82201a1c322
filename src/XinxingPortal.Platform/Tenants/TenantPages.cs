using Microsoft.AspNetCore.Http;

namespace XinxingPortal.Platform.Tenants;

/// <summary>
/// Pages answered before a tenant is bound, so neither its theme nor its language is known: they say it in
/// all three languages.
/// </summary>
internal static class TenantPages
{
    /// <summary>503 while a tenant is being set up; the page refreshes itself when the Retry-After time has passed.</summary>
    public static Task SettingUpAsync(HttpContext http, int retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WriteAsync(http, StatusCodes.Status503ServiceUnavailable, $"""<meta http-equiv="refresh" content="{retryAfterSeconds}">""",
            "站点正在初始化", "站点正在初始化，请稍后再试。", "تور بېكەت تەييارلىنىۋاتىدۇ، سەل تۇرۇپ قايتا سىناڭ.", "The site is being set up; please try again shortly.");
    }

    /// <summary>400 for a Host header that names no site here.</summary>
    public static Task UnknownHostAsync(HttpContext http) =>
        WriteAsync(http, StatusCodes.Status400BadRequest, "",
            "未知的站点地址", "本服务器上没有这个地址的站点，请检查网址。", "بۇ مۇلازىمېتىردا بۇ ئادرېستىكى تور بېكەت يوق، تور ئادرېسىنى تەكشۈرۈڭ.", "No site here answers to this address; check the URL.");

    private static Task WriteAsync(HttpContext http, int status, string head, string title, string chinese, string uyghur, string english)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            {head}<title>{title}</title></head>
            <body>
            <main>
            <h1>{chinese}</h1>
            <p lang="ug" dir="rtl">{uyghur}</p>
            <p lang="en">{english}</p>
            </main>
            </body>
            </html>
            """);
    }
}
