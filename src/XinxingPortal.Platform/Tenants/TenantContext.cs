using XinxingPortal.Abstractions.Tenants;
using XinxingPortal.Platform.Localization;

namespace XinxingPortal.Platform.Tenants;

/// <summary>The scoped tenant: bound once by the resolution middleware (or a background tenant scope).</summary>
internal sealed class TenantContext : ITenantContext, ITenantNameSource
{
    private TenantSettings? settings;
    private IReadOnlySet<string> enabled = new HashSet<string>();

    public TenantSettings Settings => settings ?? throw new InvalidOperationException("No tenant is bound to this scope.");
    public bool IsBound => settings is not null;
    public string Name => Settings.Name;
    public bool IsDefault => Settings.IsDefault;
    public string UrlPrefix => Settings.RequestUrlPrefix;
    public string CurrentTenantName => settings?.Name ?? TenantSettings.DefaultName;
    public IReadOnlySet<string> EnabledFeatures => enabled;

    public bool IsFeatureEnabled(string featureId) => enabled.Contains(featureId);

    public void Bind(TenantSettings tenant)
    {
        if (settings is not null && settings.Name != tenant.Name)
        {
            throw new InvalidOperationException($"This scope already works for tenant '{settings.Name}'.");
        }

        settings = tenant;
    }

    public void SetEnabledFeatures(IReadOnlySet<string> features) => enabled = features;
}
