using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.Media;

internal sealed class Permissions : IPermissionProvider
{
    public const string Manage = "Media.Manage";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(Manage, "Upload, describe and delete images in the media library", MediaFeature.Id),
    ];
}
