using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Abstractions.Search;

namespace XinxingPortal.Search;

internal sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<AdminMenuItem> GetAdminMenu() =>
        [new("Site search", "~/admin/search", SearchFeature.Id, Permissions.Manage, 80)];
}
