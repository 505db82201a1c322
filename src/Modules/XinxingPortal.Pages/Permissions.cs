using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.Pages;

internal sealed class Permissions : IPermissionProvider
{
    public const string Edit = "Pages.Edit";
    public const string Publish = "Pages.Publish";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(Edit, "Create and edit page drafts", PagesFeature.Id),
        new(Publish, "Publish and unpublish pages", PagesFeature.Id),
    ];
}
