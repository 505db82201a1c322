using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.Platform.Accounts;

internal sealed class AccountNavigation : INavigationProvider
{
    public IEnumerable<AdminMenuItem> GetAdminMenu() =>
    [
        new("Users", "~/admin/users", PlatformFeatures.Core, CorePermissions.ManageUsers, 80),
        new("Roles", "~/admin/roles", PlatformFeatures.Core, CorePermissions.ManageUsers, 81),
        new("Registration settings", "~/admin/users/settings", PlatformFeatures.Core, CorePermissions.ManageUsers, 82),
    ];

    public IEnumerable<AccountLink> GetAccountLinks() => [new("My account", "~/account", PlatformFeatures.Core)];
}
