using XinxingPortal.Abstractions.Home;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Abstractions.Settings;

namespace XinxingPortal.Platform.Home;

/// <summary>A home page ready to draw: each zone's blocks in order, and (for the admin's preview) the blocks left out and why.</summary>
internal sealed record HomePage(
    string SiteName,
    IReadOnlyDictionary<string, IReadOnlyList<ShownBlock>> Zones,
    IReadOnlyList<LeftOutBlock> LeftOut,
    bool Preview,
    IReadOnlyList<MenuItem> FallbackMenu)
{
    public IReadOnlyList<ShownBlock> In(string zone) => Zones.TryGetValue(zone, out var blocks) ? blocks : [];

    public bool HasLayout => Zones.Count > 0 || LeftOut.Count > 0;
}

/// <summary>A block that has something to show. URLs are ready for an href.</summary>
internal sealed record ShownBlock(string Kind, string Id, string Title, string? MoreUrl, IReadOnlyList<HomeCard> Cards)
{
    public const string CardsKind = "cards";
    public const string SearchKind = "search";

    public HomeSearchBox? SearchBox { get; init; }

    public string? Html { get; init; }
    public MediaImage? Image { get; init; }
    public string? Alt { get; init; }
    public IReadOnlyList<HomeLink> Links { get; init; } = [];

    /// <summary>Cards from a sibling site are marked so screen readers and the eye know they lead elsewhere.</summary>
    public bool FromSibling { get; init; }
}

/// <summary>A block the page left out: its position in the layout, its type and the reason (an English msgid).</summary>
internal sealed record LeftOutBlock(int Index, string Type, string Reason, params object[] Args);
