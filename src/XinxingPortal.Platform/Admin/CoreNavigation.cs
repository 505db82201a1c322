using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.Platform.Admin;

internal sealed class CoreNavigation : INavigationProvider
{
    public IEnumerable<AdminMenuItem> GetAdminMenu() =>
    [
        new("Home page", "~/admin/home", PlatformFeatures.Core, Home.HomePermissions.Manage, 5),
        new("Tenants", "~/admin/tenants", PlatformFeatures.Tenants, CorePermissions.ManageTenants, 90),
        new("Change password", "~/account/password", PlatformFeatures.Core, CorePermissions.AccessAdmin, 100),
    ];
}
