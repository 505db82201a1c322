namespace XinxingPortal.Abstractions.Modules;

/// <summary>A switchable unit of a module. A module declares one or more.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class FeatureAttribute(string id, string name) : Attribute
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public string Category { get; init; } = "Content";
    public string[] Dependencies { get; init; } = [];
    public bool DefaultTenantOnly { get; init; }
    public bool AlwaysEnabled { get; init; }
}
