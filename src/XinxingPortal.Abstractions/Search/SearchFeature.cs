namespace XinxingPortal.Abstractions.Search;

/// <summary>Site search's feature id, so the public theme can show the header box only where search is on.</summary>
public static class SearchFeature
{
    public const string Id = "XinxingPortal.Search";
}

/// <summary>Lets the host's command line rebuild a tenant's indexes without knowing how search keeps them.</summary>
public interface ISearchIndexAdmin
{
    /// <summary>Drops and rebuilds every culture's index of the current tenant from the sources; returns the documents indexed.</summary>
    Task<int> RebuildAsync(CancellationToken ct);
}
