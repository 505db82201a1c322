using XinxingPortal.Abstractions.Navigation;

namespace XinxingPortal.OpenLab;

internal sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<AdminMenuItem> GetAdminMenu() =>
    [
        new("Instruments", "~/admin/openlab", OpenLabFeature.Id, Permissions.Manage, 40),
        new("Instrument bookings", "~/admin/openlab/bookings", OpenLabFeature.Id, Permissions.Manage, 41),
        new("Sharing statistics", "~/admin/openlab/statistics", OpenLabFeature.Id, Permissions.Manage, 42),
    ];
}
