using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Home;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.OpenLab.Data;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Home;
using XinxingPortal.Platform.Settings;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.IntegrationTests.Home;

/// <summary>
/// The OpenLab and Search blocks on the bureau's home page, and the host's kept view of its sibling (the microsite).
/// Each page is asked with its own query string, so the page cache never answers for the code under test.
/// </summary>
public sealed class HomeModuleBlockTests(HomeFixture fixture) : IClassFixture<HomeFixture>
{
    private int page;

    private async Task<string> HomeAsync(string path = "/")
    {
        var response = await fixture.Factory.Browser().GetAsync($"{path}?fresh={Interlocked.Increment(ref page)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<HomeBlockContent> FreeInstrumentsAsync(int count = 20)
    {
        await using var scope = await fixture.Factory.TenantScopeAsync("Default");
        var source = scope.ServiceProvider.GetServices<IHomeBlockSource>().Single(s => s.BlockType == "openlab.free-this-week");
        return (await source.LoadAsync(new HomeBlockQuery("zh-CN", count), CancellationToken.None))!;
    }

    [Fact]
    public async Task The_bureau_home_lists_instruments_with_free_time_this_week_with_a_working_more_link()
    {
        var html = await HomeAsync();
        Assert.Contains(">本周可预约仪器</h2>", html);
        // Runs round the clock with 12 hours' notice: the first free time on Thursday 10:00 is that evening.
        Assert.Contains("href=\"/openlab/instruments/coal-proximate-analyser\"", html);
        Assert.Contains("<a class=\"more\" href=\"/openlab\">", html);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.Browser().GetAsync("/openlab")).StatusCode);

        var all = await FreeInstrumentsAsync();
        var urls = all.Cards.Select(c => c.Url).ToList();
        Assert.Equal("/openlab/instruments/coal-proximate-analyser", urls[0]);
        Assert.Equal(new DateOnly(2026, 12, 10), all.Cards[0].Date);
        Assert.Contains("/openlab/instruments/icp-ms", urls);
        // Awaiting repair takes no bookings, so it has no free time to offer.
        Assert.DoesNotContain("/openlab/instruments/kjeldahl-analyser", urls);
    }

    [Fact]
    public async Task An_instrument_whose_week_is_taken_drops_out_and_the_block_hides_when_none_is_free()
    {
        var ids = await WithDbAsync("Default", db => db.Set<Instrument>().Where(i => i.Published).Select(i => i.ContentItemId).ToListAsync());
        var now = fixture.Clock.UtcNow;
        try
        {
            await WithDbAsync("Default", db =>
            {
                db.Set<Blackout>().Add(new Blackout
                {
                    Id = "test-week-icp", InstrumentId = "inst-icp-ms", StartUtc = now.AddDays(-1), EndUtc = now.AddDays(15), Reason = "测试：整周停机",
                });
                return db.SaveChangesAsync();
            });
            Assert.DoesNotContain("/openlab/instruments/icp-ms", (await FreeInstrumentsAsync()).Cards.Select(c => c.Url));

            await WithDbAsync("Default", db =>
            {
                db.Set<Blackout>().AddRange(ids.Where(id => id != "inst-icp-ms").Select(id => new Blackout
                {
                    Id = "test-week-" + id, InstrumentId = id, StartUtc = now.AddDays(-1), EndUtc = now.AddDays(15), Reason = "测试：整周停机",
                }));
                return db.SaveChangesAsync();
            });
            Assert.True((await FreeInstrumentsAsync()).IsEmpty);
            var html = await HomeAsync();
            Assert.DoesNotContain("本周可预约仪器", html);
            Assert.Contains(">通知公告</h2>", html);
        }
        finally
        {
            await WithDbAsync("Default", db => db.Set<Blackout>().Where(b => b.Id.StartsWith("test-week-")).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task The_search_box_comes_first_and_searches_without_script()
    {
        var html = await HomeAsync();
        var box = html.IndexOf("<section class=\"home-block home-search\" aria-labelledby=\"block-1-title\">", StringComparison.Ordinal);
        Assert.True(box >= 0, "no search box on the home page");
        Assert.True(box < html.IndexOf(">通知公告</h2>", StringComparison.Ordinal), "the search box is not the first block");
        Assert.Contains("<form method=\"get\" action=\"/search\" role=\"search\" aria-labelledby=\"block-1-title\"", html);
        Assert.Contains("<label class=\"visually-hidden\" for=\"block-1-q\">站内搜索</label>", html);
        Assert.Contains("<input id=\"block-1-q\" type=\"search\" name=\"q\"", html);
        Assert.Contains(">Find policies, notices and services</h2>", await HomeAsync("/en/"));
        Assert.Contains(">查找政策、通知和办事服务</h2>", html);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.Browser().GetAsync("/search?q=" + Uri.EscapeDataString("科普"))).StatusCode);
    }

    [Fact]
    public async Task A_search_box_on_a_site_without_search_is_refused_by_the_recipe_and_left_out_of_a_page()
    {
        await fixture.Factory.RunJsonAsync("kepu", """{ "name": "t", "steps": [ { "name": "feature", "enable": [], "disable": ["XinxingPortal.Search"] } ] }""");
        try
        {
            var ex = await Assert.ThrowsAsync<RecipeException>(() => fixture.Factory.RunJsonAsync("kepu",
                """{ "name": "t", "steps": [ { "name": "home", "layouts": [ { "culture": "zh-CN", "zones": { "main": [ { "type": "search.box" } ] } } ] } ] }"""));
            Assert.Equal("$.steps[0].layouts[0].zones.main[0].type", ex.JsonPath);
            Assert.Contains("XinxingPortal.Search", ex.Reason, StringComparison.Ordinal);

            // A layout published while Search was on: the page is drawn without the box, and the preview says why.
            await using var scope = await fixture.Factory.TenantScopeAsync("kepu");
            var layout = new HomeLayout
            {
                Blocks = [new HomeBlock { Zone = "main", Type = "search.box" }, new HomeBlock { Zone = "aside", Type = "outreach.venues-open-today" }],
            };
            var drawn = await scope.ServiceProvider.GetRequiredService<HomeComposer>().ComposeAsync(layout, "zh-CN", preview: true, CancellationToken.None);
            Assert.DoesNotContain(drawn.Zones.Values.SelectMany(b => b), b => b.Kind == ShownBlock.SearchKind);
            Assert.Single(drawn.In("aside"));
            var why = Assert.Single(drawn.LeftOut);
            Assert.Equal("search.box", why.Type);
            Assert.Contains(why.Args, a => Equals(a, "XinxingPortal.Search") || Equals(a, "search.box"));
            Assert.DoesNotContain("role=\"search\"", await HomeAsync("/kepu/"));
        }
        finally
        {
            await fixture.Factory.RunJsonAsync("kepu", """{ "name": "t", "steps": [ { "name": "feature", "enable": ["XinxingPortal.Search"], "disable": [] } ] }""");
        }
    }

    [Fact]
    public async Task A_warm_page_opens_no_other_tenants_scope()
    {
        var reads = fixture.Factory.Services.GetRequiredService<SiblingReads>();
        // Cold: the first pages read the microsite's settings, features and events in its scope.
        Assert.Contains("href=\"/kepu/events/", await HomeAsync());
        await HomeAsync("/policies");
        await HomeAsync("/ug/");
        var before = reads.Count;

        var html = await HomeAsync();
        await HomeAsync("/policies");
        await HomeAsync("/ug/");

        Assert.Contains("href=\"/kepu/events/", html);
        Assert.Contains("<a href=\"/kepu/\">", html);
        Assert.Equal(before, reads.Count);
    }

    [Fact]
    public async Task A_disabled_sibling_leaves_its_links_and_block_out_without_breaking_the_page()
    {
        var store = fixture.Factory.Services.GetRequiredService<TenantSettingsStore>();
        Assert.Contains("href=\"/kepu/", await HomeAsync());
        store.Update("kepu", s => s with { State = TenantState.Disabled });
        try
        {
            var html = await HomeAsync();
            Assert.DoesNotContain("href=\"/kepu/", html);
            Assert.Contains(">通知公告</h2>", html);
            Assert.Contains("href=\"/techtransfer/join\">企业注册认证</a>", html);
        }
        finally
        {
            store.Update("kepu", s => s with { State = TenantState.Running });
        }

        Assert.Contains("href=\"/kepu/events/", await HomeAsync());
    }

    [Fact]
    public async Task A_renamed_sibling_is_shown_by_its_new_name_once_the_change_commits()
    {
        Assert.Contains(">新星市科普之窗 · 近期活动</h2>", await HomeAsync());
        await RenameKepuAsync("新星市科普馆");
        try
        {
            var html = await HomeAsync();
            Assert.Contains(">新星市科普馆 · 近期活动</h2>", html);
            Assert.DoesNotContain("新星市科普之窗 · ", html);
        }
        finally
        {
            await RenameKepuAsync("新星市科普之窗");
        }
    }

    private async Task RenameKepuAsync(string name)
    {
        await using var scope = await fixture.Factory.TenantScopeAsync("kepu");
        var settings = scope.ServiceProvider.GetRequiredService<SiteSettingsStore>();
        Assert.True(await settings.SaveAsync((await settings.GetAsync()) with { SiteName = name }));
    }

    private async Task<T> WithDbAsync<T>(string tenant, Func<PortalDbContext, Task<T>> work)
    {
        await using var scope = await fixture.Factory.TenantScopeAsync(tenant);
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }
}
