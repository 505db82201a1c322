namespace XinxingPortal.Abstractions.Settings;

/// <summary>A tenant's site-wide settings, set by the recipe <c>settings</c> step.</summary>
public sealed record SiteSettings
{
    public string SiteName { get; init; } = "";
    public IReadOnlyList<string> Cultures { get; init; } = ["zh-CN"];
    public string Sponsor { get; init; } = "";
    public string Contact { get; init; } = "";
    public string SiteIdCode { get; init; } = "";
    public string IcpNumber { get; init; } = "";
    public string PublicSecurityNumber { get; init; } = "";
    public string GovSiteMark { get; init; } = "";
    public string Theme { get; init; } = "public";

    /// <summary>The emblem shown beside the site name; a site path such as <c>~/media/emblem.svg</c>, or empty for the theme's own.</summary>
    public string Emblem { get; init; } = "";

    public string DefaultCulture => Cultures.Count > 0 ? Cultures[0] : "zh-CN";
}
