using XinxingPortal.Abstractions.Navigation;

namespace XinxingPortal.Policies;

internal sealed class AdminMenu : INavigationProvider
{
    public IEnumerable<AdminMenuItem> GetAdminMenu() =>
    [
        new("Policy documents", "~/admin/policies", PoliciesFeature.Id, Permissions.Edit, 20),
        new("Policy topics", "~/admin/policies/topics", PoliciesFeature.Id, Permissions.ManageTopics, 21),
    ];
}
