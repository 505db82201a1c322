using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.Platform.Identity;

/// <summary>Every permission the modules declare; a tenant sees only those of its enabled features.</summary>
internal sealed class PermissionCatalog(IEnumerable<IPermissionProvider> providers)
{
    private readonly IReadOnlyList<Permission> all = providers.SelectMany(p => p.GetPermissions()).DistinctBy(p => p.Name).ToList();

    public IReadOnlyList<Permission> Available(IReadOnlySet<string> enabledFeatures) =>
        all.Where(p => enabledFeatures.Contains(p.FeatureId)).ToList();

    public Permission? Find(string name) => all.FirstOrDefault(p => p.Name == name);
}
