using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace XinxingPortal.E2E.Tests.Infrastructure;

/// <summary>The real host, started from its build output on a free loopback port with a fresh App_Data.</summary>
internal sealed class PortalProcess : IAsyncDisposable
{
    public const string AdminPassword = "E2E-Admin-Pass-2026!";

    private readonly Process process;
    private readonly string appData;

    private PortalProcess(Process process, string appData, Uri baseAddress)
    {
        this.process = process;
        this.appData = appData;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Where the host keeps its data; with no SMTP server configured, mail lands here as .eml files.</summary>
    public string AppData => appData;

    public static async Task<PortalProcess> StartAsync()
    {
        var host = Path.Combine(RepositoryPaths.HostFolder, "XinxingPortal.Web.dll");
        if (!File.Exists(host))
        {
            throw new FileNotFoundException($"Build the solution first ({RepositoryPaths.Configuration}); the host is missing", host);
        }

        var appData = Directory.CreateTempSubdirectory("xp-e2e-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [host, "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = RepositoryPaths.HostFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Portal__AppDataPath"] = appData;
        start.Environment["Portal__BaseUrl"] = address.ToString().TrimEnd('/');
        start.Environment["Portal__AutoSetup__AdminPassword"] = AdminPassword;
        start.Environment["Portal__RateLimits__PublicFormsPerMinute"] = "200";
        var process = Process.Start(start) ?? throw new InvalidOperationException("the host did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var portal = new PortalProcess(process, appData, address);
        await portal.WaitUntilServingAsync("/");
        await portal.WaitUntilServingAsync("/kepu/");
        return portal;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(appData, recursive: true);
    }

    /// <summary>The first request sets a tenant up; later ones may briefly get 503 until it is running.</summary>
    private async Task WaitUntilServingAsync(string path)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                if ((await client.GetAsync(path)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (!process.HasExited && DateTime.UtcNow < deadline)
            {
                // Kestrel is not listening yet.
            }

            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"the host did not serve {path} (exit: {(process.HasExited ? process.ExitCode : "running")})");
            }

            await Task.Delay(50);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
