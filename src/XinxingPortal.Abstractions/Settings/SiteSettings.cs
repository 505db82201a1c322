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

    /// <summary>The site's name in other languages (the recipe's <c>siteNames</c>); <see cref="SiteName"/> is the official one.</summary>
    public IReadOnlyDictionary<string, string> SiteNames { get; init; } = new Dictionary<string, string>();

    /// <summary>What the site is, per culture: the home page's meta description.</summary>
    public IReadOnlyDictionary<string, string> Descriptions { get; init; } = new Dictionary<string, string>();

    /// <summary>The site's name in the reader's language, else the official name.</summary>
    public string NameIn(string culture) => SiteNames.TryGetValue(culture, out var name) && name.Length > 0 ? name : SiteName;

    public string? DescriptionIn(string culture) => Descriptions.TryGetValue(culture, out var text) && text.Length > 0 ? text : null;

    public string DefaultCulture => Cultures.Count > 0 ? Cultures[0] : "zh-CN";
}
