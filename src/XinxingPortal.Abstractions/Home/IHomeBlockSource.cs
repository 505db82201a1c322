namespace XinxingPortal.Abstractions.Home;

/// <summary>
/// A block a module offers to home pages (latest notices, upcoming events …). The platform lays blocks out in zones
/// by recipe or admin, offers a block only while <see cref="FeatureId"/> is enabled, and renders what
/// <see cref="LoadAsync"/> returns as cards with a title and a "more" link. A block with no cards is left out.
/// </summary>
/// <remarks>
/// A source may be asked for a sibling tenant's block by the host (the bureau's home showing the microsite's events):
/// it then runs in that tenant's scope, so it must take the culture from <see cref="HomeBlockQuery"/>, never from the
/// request, and return site-relative paths that the host turns into links.
/// </remarks>
public interface IHomeBlockSource
{
    /// <summary>The name a layout uses, such as <c>policies.notices</c>.</summary>
    string BlockType { get; }

    string FeatureId { get; }

    /// <summary>The English msgid of the block's name in the admin and of its default title.</summary>
    string DisplayName { get; }

    /// <summary>The values the block's <c>filter</c> setting accepts (a type, field or topic); empty when it takes none.</summary>
    IReadOnlyList<string> Filters { get; }

    /// <summary>The block's content, or null (or no cards) when there is nothing to show.</summary>
    Task<HomeBlockContent?> LoadAsync(HomeBlockQuery query, CancellationToken ct);
}

/// <summary>What a layout asks of a block: the reader's culture, how many items and an optional filter.</summary>
public sealed record HomeBlockQuery(string Culture, int Count, string? Filter = null);
