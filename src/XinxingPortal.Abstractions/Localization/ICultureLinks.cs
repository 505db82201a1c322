namespace XinxingPortal.Abstractions.Localization;

/// <summary>Builds links to the same tenant in another language, for language switches and hreflang.</summary>
public interface ICultureLinks
{
    string CurrentCulture { get; }
    IReadOnlyList<string> SiteCultures { get; }

    /// <summary>True for Uyghur, written right to left.</summary>
    bool IsRightToLeft { get; }

    /// <summary>A link to <paramref name="path"/> (starting with '/') in <paramref name="culture"/>.</summary>
    string Link(string culture, string path);

    /// <summary>
    /// An absolute link for mail, feeds, sitemaps and JSON-LD: the tenant's origin followed by <see cref="Link"/>.
    /// Every absolute link is built here, so where the origin comes from is decided in one place.
    /// </summary>
    string Absolute(string culture, string path);
}
