namespace XinxingPortal.Abstractions.Security;

/// <summary>Something a role can be granted. Absent for a tenant when its feature is off.</summary>
public sealed record Permission(string Name, string Description, string FeatureId);
