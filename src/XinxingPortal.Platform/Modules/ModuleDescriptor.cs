using System.Reflection;
using XinxingPortal.Abstractions.Modules;

namespace XinxingPortal.Platform.Modules;

internal sealed record ModuleDescriptor(string Id, string Name, Assembly Assembly, IModuleStartup? Startup, IReadOnlyList<FeatureDescriptor> Features)
{
    /// <summary>The feature an endpoint of this module carries unless it names another.</summary>
    public string MainFeatureId => Features.Any(f => f.Id == Id) ? Id : Features[0].Id;
}
