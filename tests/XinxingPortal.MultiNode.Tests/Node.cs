using System.Diagnostics;
using System.Net;

namespace XinxingPortal.MultiNode.Tests;

/// <summary>One web node: the built host as its own process (<c>dotnet XinxingPortal.Web.dll</c>), configured by environment variables only.</summary>
internal sealed class Node : IAsyncDisposable
{
    private readonly Process process;

    private Node(string name, Process process, Uri address)
    {
        Name = name;
        this.process = process;
        Address = address;
    }

    public string Name { get; }

    public Uri Address { get; }

    public bool HasExited => process.HasExited;

    public static Node Start(string name, IReadOnlyDictionary<string, string> environment)
    {
        var host = Path.Combine(Repository.HostFolder, "XinxingPortal.Web.dll");
        Assert.True(File.Exists(host), $"build the solution first: {host} is missing");
        var address = new Uri($"http://127.0.0.1:{Ports.Free()}");
        var start = Command(environment, host, "--urls", address.ToString().TrimEnd('/'));
        var process = Process.Start(start) ?? throw new InvalidOperationException("the host did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new Node(name, process, address);
    }

    /// <summary>Runs the host's command line (<c>tenants …</c>) with a node's configuration; returns its output.</summary>
    public static async Task<string> RunCommandAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = Command(environment, Path.Combine(Repository.HostFolder, "XinxingPortal.Web.dll"), args);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the command did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"tenants {string.Join(' ', args)} failed: {await output} {await error}");
        return await output;
    }

    /// <summary>A client of this node; give several the same cookies to be one browser behind a load balancer.</summary>
    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies ?? new CookieContainer() })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromMinutes(3),
        };

    /// <summary>Waits until the load balancer would send this node traffic: <c>/health/ready</c> answers 200.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan limit)
    {
        using var client = Client();
        await Wait.UntilAsync(
            async () =>
            {
                Assert.False(process.HasExited, $"node {Name} exited with {(process.HasExited ? process.ExitCode : 0)}");
                try
                {
                    return (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false; // not listening yet
                }
            },
            limit,
            $"node {Name} never became ready");
    }

    /// <summary>SIGKILL: no shutdown code runs, as when a node loses power.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private static ProcessStartInfo Command(IReadOnlyDictionary<string, string> environment, string host, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [host, .. args])
        {
            WorkingDirectory = Repository.HostFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
