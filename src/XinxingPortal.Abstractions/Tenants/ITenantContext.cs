namespace XinxingPortal.Abstractions.Tenants;

/// <summary>The tenant the current request (or background scope) works for.</summary>
public interface ITenantContext
{
    string Name { get; }
    bool IsDefault { get; }

    /// <summary>The URL prefix without slashes, or empty when the tenant is matched by host only.</summary>
    string UrlPrefix { get; }

    bool IsFeatureEnabled(string featureId);
}
