using XinxingPortal.Abstractions.Changes;
using XinxingPortal.Abstractions.Search;
using XinxingPortal.Abstractions.Tenants;

namespace XinxingPortal.Search.Engine;

/// <summary>
/// Keeps this node's index current from the change feed. Per node, because each web node keeps its own index on its
/// own disk; a node whose index is gone rebuilds it from the sources before it applies the next change.
/// </summary>
internal sealed class SearchFeedConsumer(ITenantContext tenant, SearchIndexer indexer) : IChangeFeedConsumer
{
    public string Name => "search";

    public bool PerNode => true;

    public Task HandleAsync(FeedEntry entry, CancellationToken ct) =>
        tenant.IsFeatureEnabled(SearchFeature.Id) ? indexer.ApplyAsync(entry.Change, entry.AtUtc, ct) : Task.CompletedTask;
}
