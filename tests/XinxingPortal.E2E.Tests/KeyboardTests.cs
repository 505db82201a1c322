using Microsoft.Playwright;
using XinxingPortal.E2E.Tests.Infrastructure;

namespace XinxingPortal.E2E.Tests;

/// <summary>Everything a reader needs can be reached with Tab and used with Enter, with the focus always visible.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserSession session)
{
    private const string FocusedElement = """
        () => {
          const e = document.activeElement;
          const s = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          return {
            tag: e.tagName, text: (e.textContent || '').trim(), href: e.getAttribute('href') || '', cls: e.className || '',
            visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
            ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 || s.boxShadow !== 'none'
          };
        }
        """;

    [Theory]
    [InlineData("")]
    [InlineData("/ug")]
    public async Task Tab_reaches_the_skip_link_language_switch_elder_toggle_login_and_main_navigation(string culture)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(culture + "/pages/about");
        var seen = new List<Focused>();
        for (var i = 0; i < 16; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<Focused>(FocusedElement);
            Assert.True(focused.Visible && focused.Ring, $"focus on {focused.Tag} '{focused.Text}' is not visible");
            seen.Add(focused);
        }

        Assert.Contains("skip-link", seen[0].Cls);
        Assert.Contains(seen, f => f.Href.EndsWith("/en/pages/about", StringComparison.Ordinal));
        Assert.Contains(seen, f => f.Tag == "BUTTON");
        Assert.Contains(seen, f => f.Href.EndsWith("/account/login", StringComparison.Ordinal));
        Assert.Contains(seen, f => f.Href.EndsWith("/pages/functions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_skip_link_moves_focus_to_the_content()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/pages/about");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task The_elder_toggle_works_from_the_keyboard()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");
        // Tab past the skip link, the site name and the search box until the elder-mode button has the focus.
        for (var i = 0; i < 20 && !await page.EvaluateAsync<bool>("() => !!document.activeElement.closest(\"form[action$='/elder-mode']\")"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("body.elder");
        await page.Keyboard.PressAsync("Tab");
        Assert.True((await page.EvaluateAsync<Focused>(FocusedElement)).Ring);
    }

    [Fact]
    public async Task The_login_form_can_be_filled_and_sent_from_the_keyboard()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FocusAsync("#UserName");
        await page.Keyboard.TypeAsync("admin");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Password", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.True((await page.EvaluateAsync<Focused>(FocusedElement)).Ring);
        await page.Keyboard.TypeAsync(PortalProcess.AdminPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/admin", StringComparison.Ordinal));
    }

    /// <summary>Playwright fills results by property, so this needs a parameterless constructor.</summary>
    private sealed class Focused
    {
        public string Tag { get; set; } = "";
        public string Text { get; set; } = "";
        public string Href { get; set; } = "";
        public string Cls { get; set; } = "";
        public bool Visible { get; set; }
        public bool Ring { get; set; }
    }
}
