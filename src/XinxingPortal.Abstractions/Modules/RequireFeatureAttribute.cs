namespace XinxingPortal.Abstractions.Modules;

/// <summary>
/// Names the feature a controller belongs to when it is not the module's main feature
/// (the feature whose id equals the module id).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequireFeatureAttribute(string featureId) : Attribute
{
    public string FeatureId { get; } = featureId;
}
