namespace XinxingPortal.Platform.Tenants;

/// <summary>
/// Where the portal keeps its data, and where the recipes and seed content it ships were copied. The tenants list and
/// each tenant's files live in <see cref="Files"/>: App_Data on one machine, or the folder every web node mounts
/// (<c>Portal:SharedFiles</c>), so a file uploaded through one node is served by another.
/// </summary>
internal sealed record PortalPaths(string AppData, string Base, string? SharedFiles = null)
{
    public string Files => SharedFiles ?? AppData;
    public string TenantsFile => Path.Combine(Files, "tenants.json");
    public string Recipes => Path.Combine(Base, "recipes");

    public string SiteFolder(string tenant) => Path.Combine(Files, "Sites", tenant);

    /// <summary>The tenant's folder in this node's own App_Data, whether or not files are shared.</summary>
    public string NodeSiteFolder(string tenant) => Path.Combine(AppData, "Sites", tenant);
}
