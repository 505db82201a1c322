using XinxingPortal.Abstractions.Navigation;

namespace XinxingPortal.TechTransfer;

internal sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<AdminMenuItem> GetAdminMenu() =>
    [
        new("Technology market", "~/admin/techtransfer", TechTransferFeature.Id, Permissions.Moderate, 40),
        new("揭榜挂帅 challenges", "~/admin/techtransfer/challenges", TechTransferFeature.Challenges, Permissions.ManageChallenges, 41),
    ];

    public IEnumerable<AccountLink> GetAccountLinks() => [new("My market workspace", "~/techtransfer/my", TechTransferFeature.Id)];
}
