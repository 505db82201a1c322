namespace XinxingPortal.Themes.Public;

/// <summary>Small facts the layout needs about languages and links.</summary>
internal static class ThemeHelpers
{
    public static string NativeName(string culture) => culture switch
    {
        "zh-CN" => "中文",
        "ug" => "ئۇيغۇرچە",
        "en" => "English",
        _ => culture,
    };

    /// <summary>Menu URLs are "~/…" inside the site or absolute https links.</summary>
    public static string Href(Microsoft.AspNetCore.Mvc.IUrlHelper url, string target) =>
        target.StartsWith("~/", StringComparison.Ordinal) ? url.Content(target) : target;
}
