namespace XinxingPortal.Abstractions.Storage;

/// <summary>
/// Where the current tenant keeps files outside its database (media, outgoing mail). Local disk under
/// App_Data/Sites/{tenant}/{area} today; a shared store when the site runs on several nodes.
/// </summary>
public interface ITenantStorage
{
    /// <summary>The folder for one area of the current tenant, created if missing.</summary>
    string FolderFor(string area);
}
