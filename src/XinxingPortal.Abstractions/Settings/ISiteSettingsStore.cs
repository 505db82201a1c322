namespace XinxingPortal.Abstractions.Settings;

/// <summary>The current tenant's settings and main menu, cached until they change.</summary>
public interface ISiteSettingsStore
{
    Task<SiteSettings> GetAsync(CancellationToken ct = default);
    Task<IReadOnlyList<MenuItem>> GetMenuAsync(CancellationToken ct = default);

    /// <summary>A module's own settings document, stored with the site settings; null until first saved.</summary>
    Task<T?> GetModuleSettingsAsync<T>(string module, CancellationToken ct = default) where T : class;

    /// <summary>Saves a module's settings; false when they were already so (recipes stay idempotent).</summary>
    Task<bool> SaveModuleSettingsAsync<T>(string module, T value, CancellationToken ct = default) where T : class;
}
