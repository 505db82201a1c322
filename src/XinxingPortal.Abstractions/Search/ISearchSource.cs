namespace XinxingPortal.Abstractions.Search;

/// <summary>
/// A module's answer to site search: what to index for an item the change feed names, and everything public for a
/// full rebuild. Search never reads a module's tables; it asks its sources. Called with the current UI culture set to
/// the item's culture, so labels come out in that language. Registered as a scoped service.
/// </summary>
public interface ISearchSource
{
    /// <summary>The feature that must be on for the tenant before its items are searchable.</summary>
    string FeatureId { get; }

    /// <summary>The change feed's type names this source answers for ("PolicyDocument").</summary>
    IReadOnlyCollection<string> ContentTypes { get; }

    /// <summary>The item's public version in that culture, or null when nothing of it is public (drafts, unpublished, removed).</summary>
    Task<SearchDocument?> GetAsync(string contentType, string itemId, string culture, CancellationToken ct);

    /// <summary>Every public item of one culture, for a full rebuild.</summary>
    IAsyncEnumerable<SearchDocument> AllAsync(string culture, CancellationToken ct);
}
