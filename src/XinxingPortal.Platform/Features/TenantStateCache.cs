using System.Collections.Concurrent;

namespace XinxingPortal.Platform.Features;

/// <summary>
/// Per-tenant values read on every request (enabled features, settings, menu), kept in memory
/// until a change to them commits. Keyed by tenant name because one container serves every tenant.
/// </summary>
internal sealed class TenantStateCache(Caching.PageGenerations pages)
{
    private readonly ConcurrentDictionary<(string Tenant, string Key), object> values = new();

    public async Task<T> GetOrLoadAsync<T>(string tenant, string key, Func<Task<T>> load) where T : notnull
    {
        if (values.TryGetValue((tenant, key), out var cached))
        {
            return (T)cached;
        }

        var loaded = await load();
        values[(tenant, key)] = loaded;
        return loaded;
    }

    public void Invalidate(string tenant)
    {
        // Settings, menus and features are on every page: the tenant's cached pages are retired with them.
        pages.Advance(tenant);
        foreach (var key in values.Keys.Where(k => k.Tenant == tenant))
        {
            values.TryRemove(key, out _);
        }
    }
}
