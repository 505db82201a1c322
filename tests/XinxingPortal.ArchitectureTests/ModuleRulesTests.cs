using System.Reflection;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Modules;

namespace XinxingPortal.ArchitectureTests;

public sealed class ModuleRulesTests
{
    private static readonly ModuleCatalog Catalog = ModuleCatalog.Discover();

    /// <summary>Feature modules: everything discovered except the platform itself.</summary>
    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var m in Catalog.Modules.Where(m => m.Assembly != typeof(ModuleCatalog).Assembly))
        {
            data.Add(m.Id);
        }

        return data;
    }

    private static Assembly AssemblyOf(string moduleId) => Catalog.Modules.Single(m => m.Id == moduleId).Assembly;

    [Fact]
    public void The_host_discovers_the_content_modules() =>
        Assert.Contains(Catalog.Modules, m => m.Id == "XinxingPortal.Pages");

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_references_the_abstractions_and_no_other_portal_assembly(string moduleId)
    {
        var references = AssemblyOf(moduleId).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("XinxingPortal.", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(["XinxingPortal.Abstractions"], references);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_depends_on_no_other_module_or_the_platform(string moduleId)
    {
        var forbidden = Catalog.Modules.Where(m => m.Id != moduleId).Select(m => m.Assembly.GetName().Name!).ToArray();
        var result = Types.InAssembly(AssemblyOf(moduleId)).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_keeps_its_classes_internal(string moduleId)
    {
        var result = Types.InAssembly(AssemblyOf(moduleId)).That().AreClasses()
            .And().DoNotHaveNameStartingWith("<")
            .And().DoNotResideInNamespaceStartingWith("AspNetCoreGeneratedDocument")
            .ShouldNot().BePublic().GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Every_table_carries_its_module_prefix()
    {
        using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite("Data Source=:memory:").Options, Catalog);
        foreach (var entity in db.Model.GetEntityTypes())
        {
            // Identity's own entity types live in the framework; the platform maps them.
            var module = Catalog.ModuleOf(entity.ClrType.Assembly) ?? Catalog.ModuleOf(typeof(PortalDbContext).Assembly)!;
            var table = entity.GetTableName()!;
            var prefix = module.Id.Split('.').Last() + "_";
            Assert.True(table.StartsWith(prefix, StringComparison.Ordinal), $"{entity.ClrType.Name} maps to {table}, expected the prefix {prefix}");
        }
    }
}
