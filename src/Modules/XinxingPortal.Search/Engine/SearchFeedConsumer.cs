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
        tenant.IsFeatureEnabled(SearchFeature.Id) ? indexer.ApplyAsync(entry, ct) : Task.CompletedTask;

    /// <summary>A node that has just started builds its indexes here, at once, rather than behind the first publish.</summary>
    public Task<long?> CaughtUpThroughAsync(Func<Task<long>> lastChange) =>
        tenant.IsFeatureEnabled(SearchFeature.Id) ? indexer.CaughtUpThroughAsync(lastChange, CancellationToken.None) : Task.FromResult<long?>(null);
}
