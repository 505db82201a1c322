namespace XinxingPortal.Platform.Tenants;

/// <summary>Where the portal keeps its data, and where the recipes and seed content it ships were copied.</summary>
internal sealed record PortalPaths(string AppData, string Base)
{
    public string TenantsFile => Path.Combine(AppData, "tenants.json");
    public string Recipes => Path.Combine(Base, "recipes");

    public string SiteFolder(string tenant) => Path.Combine(AppData, "Sites", tenant);
}
