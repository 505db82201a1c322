using System.Collections.Concurrent;
using XinxingPortal.Platform.Cluster;

namespace XinxingPortal.Platform.Features;

/// <summary>
/// Per-tenant values read on every request (enabled features, settings, menu), kept in memory
/// until a change to them commits. Keyed by tenant name because one container serves every tenant.
/// A change dropped here is announced on the <see cref="ClusterBus"/>, so every other node drops it too.
/// </summary>
internal sealed class TenantStateCache
{
    private readonly ConcurrentDictionary<(string Tenant, string Key), object> values = new();
    private readonly ConcurrentDictionary<string, long> generations = new(StringComparer.Ordinal);
    private readonly ClusterBus bus;
    private readonly Caching.PageGenerations pages;

    public TenantStateCache(ClusterBus bus, Caching.PageGenerations pages)
    {
        this.bus = bus;
        this.pages = pages;
        bus.On(ClusterTopic.TenantState, Drop);
    }

    public async Task<T> GetOrLoadAsync<T>(string tenant, string key, Func<Task<T>> load) where T : notnull
    {
        if (values.TryGetValue((tenant, key), out var cached))
        {
            return (T)cached;
        }

        // A drop that arrives while this load reads the database may have read the old value: keep it out.
        var generation = generations.GetValueOrDefault(tenant);
        var loaded = await load();
        if (generations.GetValueOrDefault(tenant) == generation)
        {
            values[(tenant, key)] = loaded;
        }

        return loaded;
    }

    public void Invalidate(string tenant)
    {
        Drop(tenant);
        bus.Publish(ClusterTopic.TenantState, tenant);
    }

    private void Drop(string tenant)
    {
        generations.AddOrUpdate(tenant, 1, (_, g) => g + 1);

        // Settings, menus and features are on every page: the tenant's cached pages are retired with them, here and
        // on every node that hears the drop.
        pages.Advance(tenant);
        foreach (var key in values.Keys.Where(k => k.Tenant == tenant))
        {
            values.TryRemove(key, out _);
        }
    }
}
