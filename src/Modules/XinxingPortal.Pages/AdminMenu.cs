using XinxingPortal.Abstractions.Navigation;

namespace XinxingPortal.Pages;

internal sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<AdminMenuItem> GetAdminMenu() => [new("Pages", "~/admin/pages", PagesFeature.Id, Permissions.Edit, 10)];
}
