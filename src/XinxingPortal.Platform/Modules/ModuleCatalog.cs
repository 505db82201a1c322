using System.Reflection;
using Microsoft.Extensions.DependencyModel;
using XinxingPortal.Abstractions.Modules;

namespace XinxingPortal.Platform.Modules;

/// <summary>The modules compiled into the host and their features, checked for a sound dependency graph at start-up.</summary>
internal sealed class ModuleCatalog
{
    public ModuleCatalog(IEnumerable<Assembly> assemblies)
    {
        Modules = assemblies
            .Distinct()
            .Select(Describe)
            .OfType<ModuleDescriptor>()
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        Features = new FeatureGraph(Modules.SelectMany(m => m.Features));
    }

    public IReadOnlyList<ModuleDescriptor> Modules { get; }
    public FeatureGraph Features { get; }

    /// <summary>Every XinxingPortal assembly the application was compiled against that carries a module manifest.</summary>
    public static ModuleCatalog Discover()
    {
        var context = DependencyContext.Default
            ?? throw new InvalidOperationException("The host has no dependency context; modules cannot be discovered.");
        var assemblies = context.RuntimeLibraries
            .Where(l => l.Name.StartsWith("XinxingPortal.", StringComparison.Ordinal))
            .Select(l => Assembly.Load(new AssemblyName(l.Name)))
            .Append(typeof(ModuleCatalog).Assembly);
        return new ModuleCatalog(assemblies);
    }

    public ModuleDescriptor? ModuleOf(Assembly assembly) => Modules.FirstOrDefault(m => m.Assembly == assembly);

    private static ModuleDescriptor? Describe(Assembly assembly)
    {
        var module = assembly.GetCustomAttribute<ModuleAttribute>();
        if (module is null)
        {
            return null;
        }

        var features = assembly.GetCustomAttributes<FeatureAttribute>()
            .Select(f => new FeatureDescriptor(f.Id, f.Name, f.Category, module.Id, f.Dependencies, f.DefaultTenantOnly, f.AlwaysEnabled))
            .ToList();
        if (features.Count == 0)
        {
            throw new FeatureGraphException($"Module '{module.Id}' declares no feature.");
        }

        var startup = module.Startup is null ? null : (IModuleStartup)Activator.CreateInstance(module.Startup)!;
        return new ModuleDescriptor(module.Id, module.Name, assembly, startup, features);
    }
}
