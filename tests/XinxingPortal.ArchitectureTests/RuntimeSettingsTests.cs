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
        var path = Path.Combine(AppContext.BaseDirectory, "XinxingPortal.Web.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty("System.GC.Server", out var server), "the runtimeconfig names no collector");
        Assert.False(server.GetBoolean());
    }

    [Theory]
    [InlineData("System.Runtime.TieredPGO")]
    [InlineData("System.GC.Concurrent")]
    public void The_host_trades_these_for_memory(string setting)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "XinxingPortal.Web.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty(setting, out var value), $"the runtimeconfig does not set {setting}");
        Assert.False(value.GetBoolean());
    }
}
