using Microsoft.AspNetCore.OutputCaching;
using XinxingPortal.Abstractions.Changes;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Caching;

/// <summary>
/// Retires a tenant's cached pages on this node the moment a change to its content commits, so the editor's next
/// anonymous look already shows it. Other nodes learn of it from the change feed (<see cref="PageCacheEviction"/>).
/// </summary>
internal sealed class PageCacheOnCommit(CommitActions commits, TenantContext tenant, PageGenerations generations, IOutputCacheStore store) : IContentHandler
{
    public Task HandleAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct)
    {
        var name = tenant.Name;
        commits.Add(() => PageCacheEviction.RetireAsync(name, generations, store), static () => { });
        return Task.CompletedTask;
    }
}

/// <summary>
/// Reads the change feed on every node (the output cache is the node's own memory) and retires the tenant's cached
/// pages for each change made after this node's pages were first cached, wherever it was committed.
/// </summary>
internal sealed class PageCacheEviction(TenantContext tenant, PageGenerations generations, IOutputCacheStore store) : IChangeFeedConsumer
{
    public string Name => "page-cache";
    public bool PerNode => true;

    public Task HandleAsync(FeedEntry entry, CancellationToken ct) =>
        generations.Observe(tenant.Name, entry.Id) ? EvictAsync(tenant.Name, store, ct) : Task.CompletedTask;

    /// <summary>
    /// Every page this node caches from now on is made after the feed's newest change, so older changes are news to none
    /// of them: a new or restarted node skips them instead of replaying the tenant's whole history one by one.
    /// </summary>
    public async Task<long?> CaughtUpThroughAsync(Func<Task<long>> lastChange)
    {
        await generations.EnsureKnownAsync(tenant.Name, lastChange);
        return generations.Seen(tenant.Name);
    }

    internal static Task RetireAsync(string tenant, PageGenerations generations, IOutputCacheStore store)
    {
        generations.Advance(tenant);
        return EvictAsync(tenant, store, CancellationToken.None);
    }

    /// <summary>The retired pages are unreachable already (new key); evicting them frees their memory now.</summary>
    private static Task EvictAsync(string tenant, IOutputCacheStore store, CancellationToken ct) =>
        store.EvictByTagAsync(CachedPages.TenantTag(tenant), ct).AsTask();
}
