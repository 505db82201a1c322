using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.Platform.Identity;

internal sealed class CorePermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() =>
    [
        new(CorePermissions.AccessAdmin, "Use the admin area", PlatformFeatures.Core),
        new(CorePermissions.ManageUsers, "Manage users and roles", PlatformFeatures.Core),
        new(Home.HomePermissions.Manage, "Lay out and publish the home page", PlatformFeatures.Core),
        new(CorePermissions.ManageFeatures, "Enable and disable features", PlatformFeatures.Core),
        new(CorePermissions.ManageTenants, "Create, disable and remove tenants", PlatformFeatures.Tenants),
    ];
}
