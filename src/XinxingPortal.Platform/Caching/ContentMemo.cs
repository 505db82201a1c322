using System.Collections.Concurrent;
using XinxingPortal.Abstractions.Changes;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Caching;

/// <summary>
/// <see cref="IContentMemo"/> on the pages' epochs: a value is kept under the epoch it was computed in, so one computed
/// from data read before a change committed is stored under an epoch nobody reads any more.
/// </summary>
internal sealed class ContentMemo(TenantContext tenant, PageGenerations generations, ContentMemoStore store, Data.PortalDbContext db) : IContentMemo
{
    public async Task<T> GetOrComputeAsync<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken ct) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(compute);
        var epoch = await generations.EnsureKnownAsync(tenant.Name, () => CachedPages.LastChangeAsync(db, ct));
        var values = store.For(tenant.Name, epoch);
        if (values.TryGetValue(key, out var known))
        {
            return (T)known;
        }

        var computed = await compute(ct);
        if (values.Count < ContentMemoStore.MaxPerTenant)
        {
            values[key] = computed;
        }

        return computed;
    }
}

/// <summary>The kept values, one set per tenant for its current epoch; a new epoch drops the old set.</summary>
internal sealed class ContentMemoStore
{
    /// <summary>Filters multiply keys; past this many, values are computed and not kept until the next change.</summary>
    public const int MaxPerTenant = 4_096;

    private readonly ConcurrentDictionary<string, (long Epoch, ConcurrentDictionary<string, object> Values)> tenants = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, object> For(string tenant, long epoch)
    {
        var current = tenants.AddOrUpdate(tenant,
            _ => (epoch, new ConcurrentDictionary<string, object>(StringComparer.Ordinal)),
            (_, old) => old.Epoch >= epoch ? old : (epoch, new ConcurrentDictionary<string, object>(StringComparer.Ordinal)));
        return current.Epoch == epoch ? current.Values : new ConcurrentDictionary<string, object>(StringComparer.Ordinal);
    }
}
