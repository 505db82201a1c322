namespace XinxingPortal.Abstractions.Security;

/// <summary>Permission names the platform itself declares.</summary>
public static class CorePermissions
{
    public const string AccessAdmin = "AccessAdmin";
    public const string ManageUsers = "Users.Manage";
    public const string ManageTenants = "Tenants.Manage";
    public const string ManageFeatures = "Features.Manage";
}
