using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace XinxingPortal.IntegrationTests.Security;

/// <summary>The real host as a separate process (built next to this suite), on a free loopback port and a given App_Data.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    public const string AdminPassword = "Fault-Admin-Pass-2026!";

    private readonly Process process;

    private HostProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static HostProcess Start(string appData)
    {
        var host = Path.Combine(HostFolder(), "XinxingPortal.Web.dll");
        Assert.True(File.Exists(host), $"build the solution first: {host} is missing");
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [host, "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = HostFolder(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Portal__AppDataPath"] = appData;
        start.Environment["Portal__BaseUrl"] = address.ToString().TrimEnd('/');
        start.Environment["Portal__AutoSetup__AdminPassword"] = AdminPassword;
        var process = Process.Start(start) ?? throw new InvalidOperationException("the host did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostProcess(process, address);
    }

    public HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = Address,
        Timeout = TimeSpan.FromMinutes(3),
    };

    /// <summary>SIGKILL: no shutdown code runs, as when the power goes or the OOM killer strikes.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>Polls until the path answers 200; every answer on the way must be a 503 (setting up) or no connection yet.</summary>
    public async Task<List<HttpStatusCode>> WaitUntilServingAsync(string path, TimeSpan limit)
    {
        using var client = Client();
        var seen = new List<HttpStatusCode>();
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                var status = (await client.GetAsync(path)).StatusCode;
                seen.Add(status);
                if (status == HttpStatusCode.OK)
                {
                    return seen;
                }
            }
            catch (HttpRequestException)
            {
                // Kestrel is not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{path} did not answer 200 (exited: {process.HasExited}; seen: {string.Join(",", seen)})");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private static string HostFolder()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "XinxingPortal.sln")))
            {
                return Path.Combine(dir.FullName, "src", "XinxingPortal.Web", "bin", configuration, "net10.0");
            }
        }

        throw new DirectoryNotFoundException("XinxingPortal.sln not found above the test output");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
