using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.Policies;

internal sealed class Permissions : IPermissionProvider
{
    public const string Edit = "Policies.Edit";
    public const string Review = "Policies.Review";
    public const string ManageTopics = "Policies.ManageTopics";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(Edit, "Draft policy documents and submit them for review", PoliciesFeature.Id),
        new(Review, "Approve, return, unpublish and change the validity of policy documents", PoliciesFeature.Id),
        new(ManageTopics, "Manage the topic taxonomy (主题分类)", PoliciesFeature.Id),
    ];
}
