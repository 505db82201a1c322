namespace XinxingPortal.Abstractions.Modules;

/// <summary>Endpoint metadata: the feature that must be enabled for the tenant, or the endpoint answers 404.</summary>
public sealed record FeatureMetadata(string FeatureId);
