using XinxingPortal.Abstractions.Media;

namespace XinxingPortal.Abstractions.Home;

/// <summary>
/// A block's items. <paramref name="Title"/> is already in the reader's language (a layout may override it);
/// <paramref name="MoreUrl"/> and each card's URL are site-relative paths starting with '/'.
/// </summary>
public sealed record HomeBlockContent(string Title, string MoreUrl, IReadOnlyList<HomeCard> Cards)
{
    public bool IsEmpty => Cards.Count == 0;
}

/// <summary>One item of a block: a card with its date (shown YYYY-MM-DD), kind, image and a short note.</summary>
public sealed record HomeCard(string Title, string Url)
{
    public DateOnly? Date { get; init; }

    /// <summary>The item's type in the reader's language (通知公告, 技术需求 …).</summary>
    public string? Kind { get; init; }

    public MediaImage? Image { get; init; }

    /// <summary>A line under the title: a venue's hours, a deadline, a document number.</summary>
    public string? Note { get; init; }
}
