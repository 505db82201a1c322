using System.Net;
using System.Text.RegularExpressions;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.IntegrationTests.Policies;

namespace XinxingPortal.IntegrationTests.Home;

/// <summary>The shipped home pages: what a new visitor sees on the bureau's portal and on the 科普 microsite.</summary>
public sealed partial class HomePageTests(HomeFixture fixture) : IClassFixture<HomeFixture>
{
    [GeneratedRegex("""<a class="more" href="([^"]+)">""")]
    private static partial Regex MoreLink();

    [GeneratedRegex("""<time datetime="([^"]+)">""")]
    private static partial Regex Dates();

    [Fact]
    public async Task The_bureau_home_shows_notices_policies_the_market_and_the_microsites_events_each_with_a_working_more_link()
    {
        var client = fixture.Factory.Browser();
        var html = await client.GetStringAsync("/");
        Assert.Contains(">通知公告</h2>", html);
        Assert.Contains(">政策文件与解读</h2>", html);
        Assert.Contains("href=\"/policies/plan-2022-12\"", html);
        Assert.Contains("href=\"/techtransfer/outcomes/outcome-", html);
        Assert.Contains("href=\"/techtransfer/demands/demand-", html);
        Assert.Contains("href=\"/techtransfer/challenges/challenge-coal-pyrolysis-wastewater\"", html);
        // The microsite's events, read by the host from the kepu tenant, link to the microsite.
        Assert.Contains("href=\"/kepu/events/soil-testing-day\"", html);
        Assert.Contains(">办事服务</h2>", html);
        Assert.Contains("href=\"/techtransfer/join\">企业注册认证</a>", html);

        var more = MoreLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Contains("/policies?type=notice", more);
        Assert.Contains("/kepu/events", more);
        Assert.Contains("/techtransfer/outcomes", more);
        foreach (var link in more)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
        }
    }

    [Fact]
    public async Task The_microsite_home_shows_this_weeks_events_the_venues_open_today_and_how_to_register()
    {
        var html = await fixture.Factory.Browser().GetStringAsync("/kepu/");
        Assert.Contains(">本周科普活动</h2>", html);
        Assert.Contains("href=\"/kepu/events/soil-testing-day\"", html);
        // Dated relative to the day the seed ran ([date:-3] to [date:+14]), so this week always has it.
        Assert.Contains("href=\"/kepu/events/corps-science-exhibition\"", html);
        Assert.Contains(">今日开放</h2>", html);
        Assert.Contains("href=\"/kepu/venues/nky-labs\"", html);
        Assert.Contains(">如何报名</h2>", html);
        // The banner's image has its alt text.
        Assert.Contains("alt=\"师农业科学研究所实验楼示意图：蓝天下的白色实验楼\"", html);
    }

    [Fact]
    public async Task Cards_carry_dates_as_YYYY_MM_DD_and_their_type()
    {
        var html = await fixture.Factory.Browser().GetStringAsync("/");
        var dates = Dates().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", d));
        Assert.Contains("<span class=\"kind\">通知公告</span>", html);
        Assert.Contains("href=\"/policies/notice-2026-lab-sharing\"", html);
    }

    [Theory]
    [InlineData("/en/", "Science and Technology Bureau of the 13th Division / Xinxing City", "<html lang=\"en\" dir=\"ltr\">")]
    [InlineData("/ug/", "13-دىۋىزىيە شىنشىڭ شەھەرلىك پەن-تېخنىكا ئىدارىسى", "<html lang=\"ug\" dir=\"rtl\">")]
    [InlineData("/kepu/ug/", "شىنشىڭ شەھىرى ئىلىم-پەن ئومۇملاشتۇرۇش كۆزنىكى", "<html lang=\"ug\" dir=\"rtl\">")]
    public async Task The_site_name_is_shown_in_the_readers_language(string path, string name, string html)
    {
        var page = await fixture.Factory.Browser().GetStringAsync(path);
        Assert.Contains(html, page);
        Assert.Contains($"<span class=\"site-name\">{name}</span>", page);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/en/")]
    [InlineData("/policies")]
    [InlineData("/pages/about")]
    [InlineData("/techtransfer/outcomes")]
    [InlineData("/kepu/")]
    [InlineData("/kepu/events")]
    public async Task Every_page_has_a_description(string path)
    {
        var html = await fixture.Factory.Browser().GetStringAsync(path);
        var description = Regex.Match(html, "<meta name=\"Description\" content=\"([^\"]*)\">");
        Assert.Single(Regex.Matches(html, "<meta name=\"description\"", RegexOptions.IgnoreCase));
        Assert.True(description.Success, path + " has no meta description");
        Assert.True(description.Groups[1].Value.Length > 10, path + " has an empty description");
    }

    [Theory]
    [InlineData("/favicon.ico")]
    [InlineData("/kepu/favicon.ico")]
    public async Task The_emblem_is_the_favicon_on_every_tenant(string path)
    {
        var client = fixture.Factory.Browser();
        var response = await client.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response = await client.GetAsync(response.Headers.Location);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_main_menu_links_to_the_microsite_and_folds_behind_a_disclosure_on_phones()
    {
        var html = await fixture.Factory.Browser().GetStringAsync("/en/");
        Assert.Contains("<a href=\"/kepu/\">Science outreach</a>", html);
        Assert.Contains("<details class=\"container d-md-none main-nav-fold\">", html);
        Assert.Contains("<summary>Menu</summary>", html);
    }

    [Fact]
    public async Task A_notice_published_in_the_admin_is_on_the_home_page_at_once()
    {
        var writer = await fixture.AsAsync("writer");
        var edit = await PolicyForms.CreateAsync(writer, PolicyForms.Notice("home-fresh-notice", "关于首页即时更新的测试通知"));
        Assert.DoesNotContain("home-fresh-notice", await fixture.Factory.Browser().GetStringAsync("/"));

        await PolicyForms.ActAsync(writer, edit, "submit");
        await PolicyForms.ActAsync(await fixture.AsAsync("checker"), edit, "approve");

        var html = await fixture.Factory.Browser().GetStringAsync("/");
        Assert.Contains("href=\"/policies/home-fresh-notice\">关于首页即时更新的测试通知</a>", html);
    }
}
