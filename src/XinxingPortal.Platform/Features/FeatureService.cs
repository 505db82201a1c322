using Microsoft.EntityFrameworkCore;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Modules;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Features;

/// <summary>Switches features on and off for the current tenant, keeping dependencies whole.</summary>
internal sealed class FeatureService(PortalDbContext db, ModuleCatalog catalog, TenantContext tenant, TenantStateCache cache, TimeProvider time)
{
    private const string CacheKey = "features";

    public Task<IReadOnlySet<string>> GetEnabledAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync<IReadOnlySet<string>>(tenant.Name, CacheKey, async () =>
        {
            var stored = await db.Set<FeatureRecord>().AsNoTracking().Select(f => f.Id).ToListAsync(ct);
            return catalog.Features.Ordered
                .Where(f => (f.AlwaysEnabled || stored.Contains(f.Id)) && (!f.DefaultTenantOnly || tenant.IsDefault))
                .Select(f => f.Id)
                .ToHashSet(StringComparer.Ordinal);
        });

    /// <summary>Enables the features and everything they need. Returns the ids newly enabled.</summary>
    public async Task<IReadOnlyList<string>> EnableAsync(IEnumerable<string> ids, CancellationToken ct = default)
    {
        var enabled = await GetEnabledAsync(ct);
        var wanted = new List<string>();
        foreach (var id in ids)
        {
            var feature = catalog.Features.Find(id) ?? throw new FeatureStateException($"Unknown feature '{id}'.");
            foreach (var f in catalog.Features.WithDependencies(feature.Id))
            {
                if (f.DefaultTenantOnly && !tenant.IsDefault)
                {
                    throw new FeatureStateException($"Feature '{f.Id}' is available on the Default tenant only.");
                }

                if (!enabled.Contains(f.Id) && !wanted.Contains(f.Id))
                {
                    wanted.Add(f.Id);
                }
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.Set<FeatureRecord>().AddRange(wanted.Select(id => new FeatureRecord { Id = id, EnabledUtc = now }));
        await SaveAsync(ct);
        return wanted;
    }

    /// <summary>Disables the features; refused while an enabled feature still needs one of them.</summary>
    public async Task DisableAsync(IEnumerable<string> ids, CancellationToken ct = default)
    {
        var enabled = await GetEnabledAsync(ct);
        var targets = ids.ToList();
        foreach (var id in targets)
        {
            var feature = catalog.Features.Find(id) ?? throw new FeatureStateException($"Unknown feature '{id}'.");
            if (feature.AlwaysEnabled)
            {
                throw new FeatureStateException($"Feature '{id}' is always enabled.");
            }

            var dependents = catalog.Features.Dependents(id, enabled).Except(targets).ToList();
            if (dependents.Count > 0)
            {
                throw new FeatureStateException($"Feature '{id}' is needed by {string.Join(", ", dependents.Select(d => $"'{d}'"))}.");
            }
        }

        var rows = await db.Set<FeatureRecord>().Where(f => targets.Contains(f.Id)).ToListAsync(ct);
        db.Set<FeatureRecord>().RemoveRange(rows);
        await SaveAsync(ct);
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        cache.Invalidate(tenant.Name);
    }
}
