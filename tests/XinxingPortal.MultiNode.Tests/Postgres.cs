using System.Diagnostics;

namespace XinxingPortal.MultiNode.Tests;

/// <summary>A throwaway PostgreSQL on loopback, started and stopped by the repository's scripts.</summary>
internal sealed class Postgres : IAsyncDisposable
{
    private readonly string folder;

    private Postgres(string folder, int port)
    {
        this.folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The auto-setup template: each tenant gets its own database.</summary>
    public string Template => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={{tenant}};Maximum Pool Size=60";

    public string For(string tenant) => Template.Replace("{tenant}", "xp_" + tenant, StringComparison.Ordinal);

    public static async Task<Postgres> StartAsync()
    {
        var output = await RunAsync("start-postgres.sh");
        var parts = output.Trim().Split(' ');
        return new Postgres(parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync() => await RunAsync("stop-postgres.sh", folder);

    private static async Task<string> RunAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Repository.Root, "scripts", script), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException(script + " did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed: {await error}");
        }

        return await output;
    }
}

internal static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>The host's build output for the configuration this suite was built in.</summary>
    public static string HostFolder
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(Root, "src", "XinxingPortal.Web", "bin", configuration, "net10.0");
        }
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "XinxingPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("XinxingPortal.sln not found above the test output");
    }
}
