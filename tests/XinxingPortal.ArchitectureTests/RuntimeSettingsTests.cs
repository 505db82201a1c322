using System.Text.Json;

namespace XinxingPortal.ArchitectureTests;

/// <summary>
/// What the shipped host's runtimeconfig says. The Web csproj once named the workstation collector with a property the
/// SDK does not read (ServerGarbageCollector), so the server collector stayed on unnoticed and every memory figure
/// was taken with one heap per core.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_host_runs_the_workstation_garbage_collector()
    {
        Assert.False(Setting("System.GC.Server"));
    }

    [Theory]
    [InlineData("System.Runtime.TieredPGO")]
    [InlineData("System.GC.Concurrent")]
    public void The_host_trades_these_for_memory(string setting)
    {
        Assert.False(Setting(setting));
    }

    [Fact]
    public void The_budget_for_new_objects_does_not_follow_the_processor_cache()
    {
        Assert.Equal(16 * 1024 * 1024, Property("System.GC.Gen0MaxBudget").GetInt64());
    }

    [Fact]
    public void The_container_resolves_by_reflection_rather_than_compiling_a_method_per_service()
    {
        Assert.True(Setting("Microsoft.Extensions.DependencyInjection.DisableDynamicEngine"));
    }

    /// <summary>A switch of the Web project's runtimeconfig, copied beside these tests; missing is a failure, not a default.</summary>
    private static bool Setting(string name) => Property(name).GetBoolean();

    private static JsonElement Property(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "XinxingPortal.Web.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.TryGetProperty(name, out var value), $"the runtimeconfig does not set {name}");
        return value.Clone();
    }
}
