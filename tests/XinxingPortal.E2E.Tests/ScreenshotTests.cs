using XinxingPortal.E2E.Tests.Infrastructure;

namespace XinxingPortal.E2E.Tests;

/// <summary>Screenshots of the key pages in every language, saved under artifacts/e2e for people to look at.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserSession session)
{
    [Theory]
    [InlineData("desktop", 1280, 900)]
    [InlineData("phone", 390, 844)]
    public async Task Key_pages_are_captured_in_three_languages_and_both_modes(string device, int width, int height)
    {
        foreach (var elder in new[] { false, true })
        {
            var page = await session.NewPageAsync(width, height);
            if (elder)
            {
                await ElderMode.TurnOnAsync(page);
            }

            foreach (var culture in PageTypes.CulturePrefixes)
            {
                foreach (var (name, path) in new[] { ("home", "/"), ("microsite-home", "/kepu/"), ("about", "/pages/about"), ("policy", "/policies/plan-2022-12"), ("policies", "/policies") })
                {
                    var response = await page.GotoAsync(PageTypes.Localized(culture, path));
                    Assert.Equal(200, response!.Status);
                    var file = Path.Combine(RepositoryPaths.Artifacts, $"{name}-{(culture.Length == 0 ? "zh-CN" : culture[1..])}-{device}{(elder ? "-elder" : "")}.png");
                    await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                    Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
                }
            }

            await page.Context.CloseAsync();
        }
    }
}
