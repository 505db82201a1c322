namespace XinxingPortal.Abstractions.Modules;

/// <summary>Marks an assembly as a portal module. The host discovers modules by this attribute.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute(string id, string name) : Attribute
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public string Description { get; init; } = "";
    public Type? Startup { get; init; }
}
