using XinxingPortal.E2E.Tests.Infrastructure;

namespace XinxingPortal.E2E.Tests;

/// <summary>
/// Both home pages stay light on a phone: at most 150 KB over the wire in at most 10 requests, all from the site's own
/// host, and the main menu is folded behind a disclosure that works without script.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HomePageWeightTests(BrowserSession session)
{
    private const long MaxBytes = 150 * 1024;
    private const int MaxRequests = 10;

    [Theory]
    [InlineData("/", false)]
    [InlineData("/", true)]
    [InlineData("/ug/", false)]
    [InlineData("/en/", false)]
    [InlineData("/kepu/", false)]
    [InlineData("/kepu/ug/", true)]
    public async Task A_home_page_weighs_at_most_150_KB_in_10_requests_on_a_phone(string path, bool elder)
    {
        var page = await session.NewPageAsync(390, 844, javaScript: false);
        if (elder)
        {
            await ElderMode.TurnOnAsync(page, path);
        }

        var requests = new List<Microsoft.Playwright.IRequest>();
        page.RequestFinished += (_, request) => requests.Add(request);
        await page.GotoAsync(path, new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });

        long bytes = 0;
        foreach (var request in requests)
        {
            Assert.Equal(session.BaseAddress.Host, new Uri(request.Url).Host);
            var sizes = await request.SizesAsync();
            bytes += sizes.ResponseHeadersSize + sizes.ResponseBodySize;
        }

        await File.AppendAllTextAsync(Path.Combine(RepositoryPaths.Artifacts, "home-weight.txt"),
            $"{path} elder={elder}: {bytes} bytes in {requests.Count} requests{Environment.NewLine}");
        Assert.True(requests.Count <= MaxRequests, $"{path}: {requests.Count} requests: {string.Join(", ", requests.Select(r => r.Url))}");
        Assert.True(bytes <= MaxBytes, $"{path}: {bytes} bytes in {requests.Count} requests");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_menu_opens_without_script_on_a_phone()
    {
        var page = await session.NewPageAsync(390, 844, javaScript: false);
        await page.GotoAsync("/");
        var fold = page.Locator("details.main-nav-fold");
        Assert.True(await fold.IsVisibleAsync());
        Assert.False(await page.Locator("details.main-nav-fold a[href='/policies']").IsVisibleAsync());
        await page.Locator("details.main-nav-fold summary").ClickAsync();
        Assert.True(await page.Locator("details.main-nav-fold a[href='/policies']").IsVisibleAsync());
        await page.Context.CloseAsync();
    }
}
