namespace XinxingPortal.Abstractions.Settings;

/// <summary>The current tenant's settings and main menu, cached until they change.</summary>
public interface ISiteSettingsStore
{
    Task<SiteSettings> GetAsync(CancellationToken ct = default);
    Task<IReadOnlyList<MenuItem>> GetMenuAsync(CancellationToken ct = default);
}
