using XinxingPortal.Abstractions.Media;

namespace XinxingPortal.Abstractions.Home;

/// <summary>
/// A block's items. <paramref name="Title"/> is already in the reader's language (a layout may override it);
/// <paramref name="MoreUrl"/> and each card's URL are site-relative paths starting with '/'.
/// </summary>
public sealed record HomeBlockContent(string Title, string MoreUrl, IReadOnlyList<HomeCard> Cards)
{
    /// <summary>A search form drawn instead of cards (the Search module's box); a block with one is never empty.</summary>
    public HomeSearchBox? SearchBox { get; init; }

    public bool IsEmpty => Cards.Count == 0 && SearchBox is null;
}

/// <summary>
/// A GET form to <paramref name="Action"/> (a site-relative path) with one field named <c>q</c>, so it works without
/// script; <paramref name="Label"/> is read by screen readers, <paramref name="Button"/> is the submit button's text.
/// </summary>
public sealed record HomeSearchBox(string Action, string Label, string Button);

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
