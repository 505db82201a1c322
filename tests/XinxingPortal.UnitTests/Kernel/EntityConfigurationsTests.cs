using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using XinxingPortal.Platform.Data;

namespace XinxingPortal.UnitTests.Kernel;

/// <summary>The kernel's own search for entity configurations builds the same model as EF's ApplyConfigurationsFromAssembly.</summary>
public sealed class EntityConfigurationsTests
{
    public static TheoryData<string> Assemblies => new() { "XinxingPortal.Platform", "XinxingPortal.TechTransfer" };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void The_model_is_the_one_efs_own_search_builds(string name)
    {
        var assembly = Assembly.Load(name);
        var ours = new ModelBuilder();
        EntityConfigurations.Apply(ours, assembly);
        var efs = new ModelBuilder();
        efs.ApplyConfigurationsFromAssembly(assembly);

        var expected = Describe(efs.Model);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Describe(ours.Model));
    }

    [Fact]
    public void Applying_twice_to_new_models_finds_the_same_configurations()
    {
        var assembly = typeof(EntityConfigurations).Assembly;
        var first = new ModelBuilder();
        EntityConfigurations.Apply(first, assembly);
        var second = new ModelBuilder();
        EntityConfigurations.Apply(second, assembly);
        Assert.Equal(Describe(first.Model), Describe(second.Model));
    }

    /// <summary>Each entity with its table, keys, properties (with their column settings) and indexes, in a stable order.</summary>
    private static List<string> Describe(IMutableModel model) =>
    [
        .. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(e => new[]
        {
            $"{e.Name} -> {e.GetTableName()}",
            $"  key {string.Join(",", e.FindPrimaryKey()?.Properties.Select(p => p.Name) ?? [])}",
        }
        .Concat(e.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"  {p.Name} {p.ClrType.Name} null={p.IsNullable} max={p.GetMaxLength()} column={p.GetColumnName()}"))
        .Concat(e.GetIndexes().Select(i => $"  index {string.Join(",", i.Properties.Select(p => p.Name))} unique={i.IsUnique} filter={i.GetFilter()}")
            .OrderBy(s => s, StringComparer.Ordinal))),
    ];
}
