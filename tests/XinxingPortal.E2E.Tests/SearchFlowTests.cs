using System.Text.RegularExpressions;
using Microsoft.Playwright;
using XinxingPortal.E2E.Tests.Infrastructure;

namespace XinxingPortal.E2E.Tests;

/// <summary>
/// Site search as a reader uses it, in Chromium with script off: the header box on the home page, highlighted results
/// with column, type and date, a facet, newest first, the pager, the advanced form, "did you mean" and hot searches;
/// in Chinese, Uyghur (right to left) and English.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchFlowTests(BrowserSession session)
{
    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex Date();

    private const string Results = "ol.search-results > li";

    public static TheoryData<string, string, string, string, string> Cultures => new()
    {
        // prefix, a word with several results, a misspelling of an indexed word, its correction, "hot searches"
        { "", "技术", "媒焦油", "煤焦油", "热门搜索" },
        { "/ug", "پەن-تېخنىكا", "پىلانا", "پىلانى", "قىزىق ئىزدەشلەر" },
        { "/en", "science", "sciense", "science", "Hot searches" },
    };

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task From_the_header_box_to_a_narrowed_sorted_result_and_a_corrected_misspelling(string prefix, string word, string misspelt, string corrected, string hot)
    {
        var page = await session.NewPageAsync(javaScript: false);
        await page.GotoAsync(prefix + "/");
        Assert.Equal(prefix == "/ug" ? "rtl" : "ltr", await page.GetAttributeAsync("html", "dir"));

        await SearchFromHeaderAsync(page, word);
        Assert.Contains(prefix + "/search?q=", page.Url);
        var total = await page.Locator(Results).CountAsync();
        Assert.True(total >= 2, $"'{word}' finds several items");
        Assert.True(await page.Locator(Results + " mark").CountAsync() > 0, "the words are marked in the excerpts");
        foreach (var meta in await page.Locator(Results + " p.small").AllInnerTextsAsync())
        {
            // 栏目 · 类型 · 日期
            Assert.True(meta.Split('·').Length >= 3 && Date().IsMatch(meta), $"column, type and date: '{meta}'");
        }

        // Narrow by the first column offered: every result is then in it, as many as the facet counted.
        var facet = page.Locator("aside ul").First.Locator("a").First;
        var column = await facet.Locator("bdi").InnerTextAsync();
        var counted = int.Parse(Regex.Match(await facet.InnerTextAsync(), @"\((\d+)\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await facet.ClickAsync();
        Assert.Contains("column=", page.Url);
        Assert.Equal(Math.Min(counted, 10), await page.Locator(Results).CountAsync());
        Assert.All(await page.Locator(Results + " p.small").AllInnerTextsAsync(), meta => Assert.StartsWith(column, meta.Trim()));

        // Newest first.
        if (counted > 1)
        {
            await page.ClickAsync("a[href*='sort=date']");
            var dates = (await page.Locator(Results + " p.small").AllInnerTextsAsync()).Select(m => Date().Match(m).Value).ToList();
            Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        }

        // A misspelt word: 0 results, a correction that finds something, and the hot searches.
        await SearchFromHeaderAsync(page, misspelt);
        Assert.Equal(0, await page.Locator(Results).CountAsync());
        var suggestion = page.Locator($"main p > a[href*='search?q=']:text-is('{corrected}')");
        Assert.Equal(1, await suggestion.CountAsync());
        Assert.Contains(hot, await page.Locator("main h2").AllInnerTextsAsync());
        await suggestion.ClickAsync();
        Assert.True(await page.Locator(Results).CountAsync() > 0, $"'{corrected}' finds something");
        Assert.Empty(session.ForeignRequests);
    }

    [Fact]
    public async Task Pages_of_results_and_the_advanced_form_without_script()
    {
        var page = await session.NewPageAsync(javaScript: false);
        await page.GotoAsync("/");
        await SearchFromHeaderAsync(page, "技术");
        Assert.Equal(10, await page.Locator(Results).CountAsync());
        var first = await page.Locator(Results + " h2 a").AllInnerTextsAsync();
        await page.ClickAsync("nav[aria-label] a[href*='page=2']");
        Assert.Contains("page=2", page.Url);
        var second = await page.Locator(Results + " h2 a").AllInnerTextsAsync();
        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));

        // Advanced search: the document number finds its document first.
        await page.GotoAsync("/search");
        await page.ClickAsync("main details summary");
        await page.FillAsync("#search-docno", "师市办发〔2022〕12号");
        await page.ClickAsync("main form[role=search] button[type=submit]");
        Assert.Contains("docno=", page.Url);
        Assert.Contains("十四五", await page.Locator(Results + " h2 a").First.InnerTextAsync());
        Assert.Contains("师市办发〔2022〕12号", await page.Locator(Results + " p.small").First.InnerTextAsync());

        // An exact phrase: only items holding those characters in that order.
        await page.GotoAsync("/search");
        await page.ClickAsync("main details summary");
        await page.FillAsync("#search-phrase", "科技活动周");
        await page.ClickAsync("main form[role=search] button[type=submit]");
        Assert.Contains("phrase=", page.Url);
        var titles = await page.Locator(Results + " h2 a").AllInnerTextsAsync();
        Assert.Contains(titles, t => t.Contains("科技活动周", StringComparison.Ordinal));
        Assert.Empty(session.ForeignRequests);
    }

    /// <summary>Types into the box in the page header and presses its button, as a reader without script would.</summary>
    private static async Task SearchFromHeaderAsync(IPage page, string text)
    {
        await page.FillAsync("#site-search", text);
        await page.ClickAsync("header form[role=search] button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
