using Deque.AxeCore.Playwright;
using XinxingPortal.E2E.Tests.Infrastructure;

namespace XinxingPortal.E2E.Tests;

/// <summary>WCAG 2.2 AA / GB/T 37668-2019: axe finds no serious or critical violation on any page type.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSession session)
{
    private static readonly string[] Impacts = ["serious", "critical"];

    public static TheoryData<string, bool> PublicPages()
    {
        var data = new TheoryData<string, bool>();
        // The microsite has no English pages: its "/en" case is its Chinese page, asked once.
        foreach (var path in PageTypes.CulturePrefixes.SelectMany(c => PageTypes.Public.Select(p => PageTypes.Localized(c, p.Path))).Distinct())
        {
            data.Add(path, false);
            data.Add(path, true);
        }

        return data;
    }

    public static TheoryData<string> AdminPages()
    {
        var data = new TheoryData<string>();
        foreach (var culture in PageTypes.CulturePrefixes)
        {
            foreach (var (_, path) in PageTypes.Admin)
            {
                data.Add(culture + path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task A_public_page_has_no_serious_accessibility_violation(string path, bool elder)
    {
        var page = await session.NewPageAsync();
        if (elder)
        {
            await ElderMode.TurnOnAsync(page);
        }

        await page.GotoAsync(path);
        await AssertAccessibleAsync(page, path);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task An_admin_page_has_no_serious_accessibility_violation(string path)
    {
        var page = await session.NewPageAsync();
        await session.LoginAsync(page);
        await page.GotoAsync(path);
        await AssertAccessibleAsync(page, path);
    }

    private async Task AssertAccessibleAsync(Microsoft.Playwright.IPage page, string path)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => Impacts.Contains(v.Impact)).ToList();
        Assert.True(serious.Count == 0, $"{path}: " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.Empty(session.ForeignRequests);
        await page.Context.CloseAsync();
    }
}
