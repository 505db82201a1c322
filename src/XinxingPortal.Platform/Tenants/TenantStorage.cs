using XinxingPortal.Abstractions.Storage;

namespace XinxingPortal.Platform.Tenants;

internal sealed class TenantStorage(TenantContext tenant, PortalPaths paths) : ITenantStorage
{
    public string FolderFor(string area) => Create(paths.SiteFolder(tenant.Name), area);

    public string NodeFolderFor(string area) => Create(paths.NodeSiteFolder(tenant.Name), area);

    private static string Create(string site, string area)
    {
        if (area.Length == 0 || area.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
        {
            throw new ArgumentException("An area is a plain folder name.", nameof(area));
        }

        return Directory.CreateDirectory(Path.Combine(site, area)).FullName;
    }
}
