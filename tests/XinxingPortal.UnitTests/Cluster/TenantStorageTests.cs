using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.UnitTests.Cluster;

/// <summary>Behind several nodes a tenant's files are in the shared folder, but what a node keeps for itself is not.</summary>
public sealed class TenantStorageTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("xp-storage").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void With_shared_files_a_node_folder_stays_in_the_nodes_own_app_data()
    {
        var appData = Path.Combine(root, "node-a");
        var shared = Path.Combine(root, "shared");
        var tenant = new TenantContext();
        tenant.Bind(new TenantSettings { Name = "kepu" });
        var storage = new TenantStorage(tenant, new PortalPaths(appData, root, shared));

        Assert.Equal(Path.Combine(shared, "Sites", "kepu", "media"), storage.FolderFor("media"));
        var own = storage.NodeFolderFor("search");
        Assert.Equal(Path.Combine(appData, "Sites", "kepu", "search"), own);
        Assert.True(Directory.Exists(own));
        Assert.Throws<ArgumentException>(() => storage.NodeFolderFor("../search"));
    }

    [Fact]
    public void On_one_machine_the_node_folder_is_the_tenants_folder()
    {
        var tenant = new TenantContext();
        tenant.Bind(new TenantSettings { Name = "kepu" });
        var storage = new TenantStorage(tenant, new PortalPaths(root, root));

        Assert.Equal(storage.FolderFor("search"), storage.NodeFolderFor("search"));
    }
}
