using XinxingPortal.Abstractions.Navigation;

namespace XinxingPortal.Outreach;

internal sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<AdminMenuItem> GetAdminMenu() =>
        [new("Outreach events", "~/admin/outreach", OutreachFeature.Id, Permissions.ManageEvents, 30)];
}
