namespace XinxingPortal.Platform.Modules;

internal sealed record FeatureDescriptor(
    string Id,
    string Name,
    string Category,
    string ModuleId,
    IReadOnlyList<string> Dependencies,
    bool DefaultTenantOnly,
    bool AlwaysEnabled);
