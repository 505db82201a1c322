namespace XinxingPortal.Abstractions.Storage;

/// <summary>
/// Where the current tenant keeps files outside its database (media, outgoing mail). Local disk under
/// App_Data/Sites/{tenant}/{area} today; a shared store when the site runs on several nodes.
/// </summary>
public interface ITenantStorage
{
    /// <summary>The folder for one area of the current tenant, created if missing.</summary>
    string FolderFor(string area);

    /// <summary>
    /// A folder of the current tenant that only this node uses, created if missing: always in the node's own App_Data,
    /// even when <see cref="FolderFor"/> is the folder every node shares. For what each node keeps for itself (an index
    /// fed by a per-node change-feed consumer), which several processes must not write at once.
    /// </summary>
    string NodeFolderFor(string area);
}
