using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace XinxingPortal.E2E.Tests.Infrastructure;

/// <summary>
/// One host and one Debian Chromium for the whole suite. Every request the browser makes is checked:
/// anything not bound for the local host is blocked and remembered, so a test can prove the site works offline.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];

    private PortalProcess? portal;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress => portal!.BaseAddress;
    public string AppData => portal!.AppData;
    public ConcurrentQueue<string> ForeignRequests { get; } = new();

    public async Task InitializeAsync()
    {
        portal = await PortalProcess.StartAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
        if (portal is not null)
        {
            await portal.DisposeAsync();
        }
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            Locale = "zh-CN",
        });
        await context.RouteAsync("**/*", async route =>
        {
            var host = new Uri(route.Request.Url).Host;
            if (host is "127.0.0.1" or "localhost")
            {
                await route.ContinueAsync();
                return;
            }

            ForeignRequests.Enqueue(route.Request.Url);
            await route.AbortAsync();
        });
        return await context.NewPageAsync();
    }

    public async Task LoginAsync(IPage page, string prefix = "")
    {
        await page.GotoAsync(prefix + "/account/login");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", PortalProcess.AdminPassword);
        await page.ClickAsync("form[action$='/account/login'] button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/admin", StringComparison.Ordinal));
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSession>
{
    public const string Name = "browser";
}
