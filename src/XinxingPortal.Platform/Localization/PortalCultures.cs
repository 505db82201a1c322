namespace XinxingPortal.Platform.Localization;

/// <summary>The cultures the portal speaks. zh-CN has no URL prefix; the others are the first path segment.</summary>
internal static class PortalCultures
{
    public const string Chinese = "zh-CN";
    public const string Uyghur = "ug";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Chinese, Uyghur, English];

    public static bool IsSupported(string culture) => All.Contains(culture);

    public static bool IsRightToLeft(string culture) => culture == Uyghur;

    /// <summary>The language's name in itself, as a language switch shows it.</summary>
    public static string NativeName(string culture) => culture switch
    {
        Chinese => "中文",
        Uyghur => "ئۇيغۇرچە",
        English => "English",
        _ => culture,
    };
}
