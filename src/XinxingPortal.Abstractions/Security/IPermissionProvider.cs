namespace XinxingPortal.Abstractions.Security;

public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();
}
