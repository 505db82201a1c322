using XinxingPortal.Abstractions.Search;
using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.Search;

internal sealed class Permissions : IPermissionProvider
{
    public const string Manage = "Search.Manage";

    public IEnumerable<Permission> GetPermissions() =>
        [new(Manage, "Manage site search: synonyms, top and zero-result queries, rebuilding the index", SearchFeature.Id)];
}
