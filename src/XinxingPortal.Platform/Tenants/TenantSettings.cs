namespace XinxingPortal.Platform.Tenants;

/// <summary>One tenant as stored in <c>App_Data/tenants.json</c>.</summary>
internal sealed record TenantSettings
{
    public const string DefaultName = "Default";

    public required string Name { get; init; }
    public TenantState State { get; init; } = TenantState.Uninitialized;
    public IReadOnlyList<string> RequestUrlHosts { get; init; } = [];

    /// <summary>The first path segment that selects the tenant, without slashes; empty for none.</summary>
    public string RequestUrlPrefix { get; init; } = "";

    public DatabaseProvider DatabaseProvider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Empty for SQLite, which keeps one file per tenant under App_Data.</summary>
    public string ConnectionString { get; init; } = "";

    public string RecipeName { get; init; } = "blank";

    /// <summary>
    /// The canonical origin every absolute link (mail, feeds, sitemap, JSON-LD) starts with, such as
    /// <c>https://kjj.xjxx.gov.cn</c>; empty takes <c>Portal:BaseUrl</c>. Never taken from the request's Host header.
    /// </summary>
    public string BaseUrl { get; init; } = "";

    public bool IsDefault => Name == DefaultName;
}
