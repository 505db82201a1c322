using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Features;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Settings;

/// <summary>Site settings and the main menu, stored as JSON documents in the tenant's database.</summary>
internal sealed class SiteSettingsStore(PortalDbContext db, TenantContext tenant, TenantStateCache cache) : ISiteSettingsStore
{
    private const string SettingsKey = "site";
    private const string MenuKey = "menu";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<SiteSettings> GetAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync(tenant.Name, SettingsKey, async () => await ReadAsync<SiteSettings>(SettingsKey, ct) ?? new SiteSettings());

    public Task<IReadOnlyList<MenuItem>> GetMenuAsync(CancellationToken ct = default) =>
        cache.GetOrLoadAsync<IReadOnlyList<MenuItem>>(tenant.Name, MenuKey, async () => await ReadAsync<List<MenuItem>>(MenuKey, ct) ?? []);

    public async Task<T?> GetModuleSettingsAsync<T>(string module, CancellationToken ct = default) where T : class =>
        (await cache.GetOrLoadAsync<object>(tenant.Name, ModuleKey(module), async () => await ReadAsync<T>(ModuleKey(module), ct) ?? (object)NotSet.Value)) as T;

    public Task<bool> SaveModuleSettingsAsync<T>(string module, T value, CancellationToken ct = default) where T : class =>
        WriteAsync(ModuleKey(module), value, ct);

    public Task<bool> SaveAsync(SiteSettings settings, CancellationToken ct = default) => WriteAsync(SettingsKey, settings, ct);

    public Task<bool> SaveMenuAsync(IReadOnlyList<MenuItem> items, CancellationToken ct = default) => WriteAsync(MenuKey, items, ct);

    private static string ModuleKey(string module) => "module:" + module;

    private async Task<T?> ReadAsync<T>(string key, CancellationToken ct)
    {
        var row = await db.Set<SettingRecord>().AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, ct);
        return row is null ? default : JsonSerializer.Deserialize<T>(row.Json, Json);
    }

    /// <summary>Writes only when the value differs, so re-running a recipe changes no row.</summary>
    private async Task<bool> WriteAsync<T>(string key, T value, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(value, Json);
        var row = await db.Set<SettingRecord>().FirstOrDefaultAsync(s => s.Key == key, ct);
        if (row?.Json == json)
        {
            return false;
        }

        if (row is null)
        {
            db.Set<SettingRecord>().Add(new SettingRecord { Key = key, Json = json });
        }
        else
        {
            row.Json = json;
        }

        await db.SaveChangesAsync(ct);
        cache.Invalidate(tenant.Name);
        return true;
    }

    /// <summary>Caches the absence of a module's settings, so an unset module costs no query per request.</summary>
    private sealed class NotSet
    {
        public static readonly NotSet Value = new();
    }
}
