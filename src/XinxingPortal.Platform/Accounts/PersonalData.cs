using XinxingPortal.Abstractions.Accounts;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Accounts;

/// <summary>The personal-data sources of the tenant's enabled features.</summary>
internal sealed class PersonalData(IEnumerable<IPersonalDataSource> sources, IEnumerable<IAccountSection> sections, TenantContext tenant)
{
    public IReadOnlyList<IPersonalDataSource> Sources => [.. sources.Where(s => tenant.IsFeatureEnabled(s.FeatureId))];

    public IReadOnlyList<IAccountSection> Sections => [.. sections.Where(s => tenant.IsFeatureEnabled(s.FeatureId))];
}
