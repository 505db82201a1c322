using Microsoft.Playwright;
using XinxingPortal.E2E.Tests.Infrastructure;

namespace XinxingPortal.E2E.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ThemeTests(BrowserSession session)
{
    [Fact]
    public async Task The_language_switch_lands_on_the_same_pages_translation()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/pages/contact");
        var chineseTitle = await page.InnerTextAsync("main h1");

        await page.ClickAsync("nav.language-switch a[hreflang=en]");
        Assert.EndsWith("/en/pages/contact", page.Url);
        Assert.NotEqual(chineseTitle, await page.InnerTextAsync("main h1"));

        await page.ClickAsync("nav.language-switch a[hreflang=ug]");
        Assert.EndsWith("/ug/pages/contact", page.Url);
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));

        await page.ClickAsync("nav.language-switch a[hreflang=zh-CN]");
        Assert.Equal(chineseTitle, await page.InnerTextAsync("main h1"));
    }

    [Fact]
    public async Task Uyghur_pages_mirror_and_keep_left_to_right_runs_intact()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/ug/pages/about");

        Assert.Equal("rtl", await page.EvalOnSelectorAsync<string>("body", "e => getComputedStyle(e).direction"));
        var brand = (await page.QuerySelectorAsync(".brand"))!;
        var box = (await brand.BoundingBoxAsync())!;
        Assert.True(box.X > 1280 / 2, $"the site name should sit on the right in Uyghur, found x={box.X}");

        var siteId = page.Locator("footer bdi[dir=ltr]").First;
        Assert.Equal("ltr", await siteId.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal("6599000013", await siteId.InnerTextAsync());
        var documentNumber = page.Locator("main bdi", new() { HasTextString = "师市办发" }).First;
        Assert.Equal("师市办发〔2022〕12号", await documentNumber.InnerTextAsync());
        var firstBeforeLast = await documentNumber.EvaluateAsync<bool>("""
            e => {
              const text = e.firstChild, range = document.createRange();
              range.setStart(text, 0); range.setEnd(text, 1);
              const first = range.getBoundingClientRect().left;
              range.setStart(text, text.length - 1); range.setEnd(text, text.length);
              return first < range.getBoundingClientRect().left;
            }
            """);
        Assert.True(firstBeforeLast, "the document number must read left to right inside Uyghur text");
        var date = page.Locator("main time").First;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", await date.InnerTextAsync());
        Assert.Equal("ltr", await date.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
    }

    [Fact]
    public async Task The_footer_shows_the_identifiers_the_recipe_set()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");
        var footer = await page.InnerTextAsync("footer");
        Assert.Contains("新疆生产建设兵团第十三师新星市科学技术局", footer);
        Assert.Contains("6599000013", footer);
        Assert.Contains("新ICP备", footer);
        Assert.Contains("公网安备", footer);
        Assert.Equal("https://beian.miit.gov.cn/", await page.GetAttributeAsync("footer a[href*='miit']", "href"));
        Assert.Equal("6599000013", await page.GetAttributeAsync("meta[name=SiteIDCode]", "content"));
    }

    [Fact]
    public async Task Elder_mode_works_without_JavaScript_and_follows_the_reader_until_turned_off()
    {
        var page = await session.NewPageAsync(javaScript: false);
        var normalSize = await FontSizeAsync(page, "/pages/about");

        await ElderMode.TurnOnAsync(page, "/pages/about");
        Assert.EndsWith("/pages/about", page.Url);
        Assert.True(await FontSizeAsync(page, "/pages/contact") >= normalSize * 1.3);
        Assert.NotNull(await page.QuerySelectorAsync("body.elder"));
        await page.GotoAsync("/kepu/");
        Assert.NotNull(await page.QuerySelectorAsync("body.elder"));
        Assert.Equal("true", await page.GetAttributeAsync("header form[action$='/elder-mode'] button", "aria-pressed"));

        await page.ClickAsync("header form[action$='/elder-mode'] button");
        Assert.Null(await page.QuerySelectorAsync("body.elder"));
        await page.GotoAsync("/");
        Assert.Null(await page.QuerySelectorAsync("body.elder"));
    }

    [Fact]
    public async Task Elder_mode_turns_off_animation_and_enlarges_click_targets()
    {
        var page = await session.NewPageAsync();
        await ElderMode.TurnOnAsync(page);
        // The wide-screen menu; the phone menu folded behind <details> is hidden at this width.
        var link = page.Locator("nav.main-nav a:visible").First;
        var box = (await link.BoundingBoxAsync())!;
        Assert.True(box.Height >= 44, $"menu link is {box.Height}px high");
        Assert.Equal("none", await link.EvaluateAsync<string>("e => getComputedStyle(e).animationName"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/ug")]
    [InlineData("/en")]
    public async Task A_phone_sized_screen_never_scrolls_sideways(string culture)
    {
        var page = await session.NewPageAsync(375, 740);
        foreach (var path in new[] { "/", "/pages/about", "/pages/functions", "/account/login" })
        {
            await page.GotoAsync(culture + path);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{culture}{path} overflows by {overflow}px");
        }
    }

    [Fact]
    public async Task The_microsite_admin_menu_shows_only_its_features()
    {
        var page = await session.NewPageAsync();
        await session.LoginAsync(page, "/kepu");
        await page.GotoAsync("/kepu/admin");
        var menu = await page.InnerTextAsync("nav.admin-menu");
        Assert.Contains("页面", menu);
        Assert.DoesNotContain("租户", menu);
        Assert.Null(await page.QuerySelectorAsync("nav.admin-menu a[href$='/admin/tenants']"));
    }

    [Fact]
    public async Task Error_pages_speak_the_readers_language()
    {
        var page = await session.NewPageAsync();
        var response = await page.GotoAsync("/ug/pages/no-such-page");
        Assert.Equal(404, response!.Status);
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.NotEqual("Page not found", await page.InnerTextAsync("main h1"));
        Assert.NotNull(await page.QuerySelectorAsync("header nav.main-nav"));
    }

    [Fact]
    public async Task No_request_leaves_localhost()
    {
        var page = await session.NewPageAsync();
        var loaded = new List<string>();
        page.Request += (_, r) => loaded.Add(r.Url);
        foreach (var path in new[] { "/", "/ug/pages/about", "/en/account/login", "/kepu/" })
        {
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        }

        Assert.Contains(loaded, u => u.Contains("bootstrap", StringComparison.Ordinal));
        Assert.All(loaded, u => Assert.StartsWith(session.BaseAddress.ToString(), u));
        Assert.Empty(session.ForeignRequests);
    }

    private static async Task<double> FontSizeAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        return await page.EvalOnSelectorAsync<double>("main p", "e => parseFloat(getComputedStyle(e).fontSize)");
    }
}
