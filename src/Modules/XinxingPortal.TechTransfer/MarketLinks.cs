using XinxingPortal.Abstractions.Localization;

namespace XinxingPortal.TechTransfer;

/// <summary>Absolute links into this tenant's market for emails, in the reader's language.</summary>
internal sealed class MarketLinks(ICultureLinks links)
{
    public string Absolute(string culture, string path) => links.Absolute(culture, path);

    public static string PathOf(Moderation.ListingKind kind, string id) => kind switch
    {
        Moderation.ListingKind.Outcome => "/techtransfer/outcomes/" + id,
        Moderation.ListingKind.Demand => "/techtransfer/demands/" + id,
        Moderation.ListingKind.Challenge => "/techtransfer/challenges/" + id,
        _ => "/techtransfer/my/applications",
    };
}
