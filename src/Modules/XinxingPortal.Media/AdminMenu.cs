using XinxingPortal.Abstractions.Navigation;

namespace XinxingPortal.Media;

internal sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<AdminMenuItem> GetAdminMenu() =>
    [
        new("Media library", "~/admin/media", MediaFeature.Id, Permissions.Manage, 30),
    ];
}
