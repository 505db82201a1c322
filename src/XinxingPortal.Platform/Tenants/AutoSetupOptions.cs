namespace XinxingPortal.Platform.Tenants;

/// <summary><c>Portal:AutoSetup</c>: the tenants a fresh install registers, and their first administrator.</summary>
internal sealed class AutoSetupOptions
{
    public string AdminUserName { get; set; } = "admin";
    public string AdminEmail { get; set; } = "admin@xinxing.example";

    /// <summary>When empty, setup generates a strong password and prints it once.</summary>
    public string AdminPassword { get; set; } = "";

    /// <summary>Overrides every auto-setup tenant's provider, for running the whole site on PostgreSQL.</summary>
    public DatabaseProvider? DatabaseProvider { get; set; }

    /// <summary>A PostgreSQL connection string with <c>{tenant}</c> where the database name goes.</summary>
    public string ConnectionStringTemplate { get; set; } = "";

    public List<AutoSetupTenant> Tenants { get; set; } = [];
}

internal sealed class AutoSetupTenant
{
    public string Name { get; set; } = "";
    public string RequestUrlPrefix { get; set; } = "";
    public List<string> RequestUrlHosts { get; set; } = [];
    public string RecipeName { get; set; } = "blank";

    /// <summary>The tenant's canonical origin; empty takes <c>Portal:BaseUrl</c>.</summary>
    public string BaseUrl { get; set; } = "";
}
