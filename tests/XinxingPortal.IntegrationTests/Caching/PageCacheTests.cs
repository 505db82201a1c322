using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Platform.Data;
using XinxingPortal.Policies.Data;

namespace XinxingPortal.IntegrationTests.Caching;

public sealed class PageCacheTests(PageCacheHost host) : IClassFixture<PageCacheHost>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/policies")]
    [InlineData("/en/policies")]
    [InlineData("/policies/feed/policy.atom")]
    public async Task An_anonymous_page_sets_no_cookie_and_may_be_kept_by_a_proxy(string url)
    {
        var response = await PageCacheHost.Anonymous(host.A).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.False(cacheControl.NoStore);
        Assert.InRange(cacheControl.MaxAge!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        Assert.Contains("Cookie", response.Headers.Vary);
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/policies")]
    [InlineData("/policies/feed/notice.atom")]
    public async Task The_etag_of_an_unchanged_page_is_answered_with_304(string url)
    {
        var client = PageCacheHost.Anonymous(host.A);
        var first = await client.GetAsync(url);
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-this-one\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task A_page_with_a_form_keeps_its_token_and_is_not_kept()
    {
        var response = await PageCacheHost.Anonymous(host.A).GetAsync("/account/login");

        Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Anonymous_readers_are_served_from_the_cache_until_a_change_commits()
    {
        var client = PageCacheHost.Anonymous(host.A);
        Assert.DoesNotContain("缓存证明", await client.GetStringAsync("/policies?cache-proof=1"));

        // Behind the site's back (no change feed row): a cached page cannot know, which proves it is cached.
        await using (var scope = await PageCacheHost.ScopeAsync(host.A))
        {
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<PolicyDocument>()
                .Where(d => d.Published && d.Culture == "zh-CN")
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.DisplayText, d => d.DisplayText + " 缓存证明"));
        }

        Assert.DoesNotContain("缓存证明", await client.GetStringAsync("/policies?cache-proof=1"));
        var signedIn = await host.SignedInAsync(host.A);
        Assert.Contains("缓存证明", await signedIn.GetStringAsync("/policies?cache-proof=1"));

        // A committed change on this node retires the tenant's pages at once.
        await PageCacheHost.PublishNoticeAsync(host.A, "cache-local", "本节点发布的通知");
        var fresh = await client.GetStringAsync("/policies?cache-proof=1");
        Assert.Contains("本节点发布的通知", fresh);
        Assert.Contains("缓存证明", fresh);
    }

    [Fact]
    public async Task A_signed_in_page_is_never_served_to_an_anonymous_reader_nor_a_cached_page_to_a_signed_in_one()
    {
        var signedIn = await host.SignedInAsync(host.A);
        var anonymous = PageCacheHost.Anonymous(host.A);

        var mine = await signedIn.GetAsync("/policies?who=1");
        var theirs = await anonymous.GetAsync("/policies?who=1");
        var mineAgain = await signedIn.GetAsync("/policies?who=1");

        Assert.Contains("/account/logout", await mine.Content.ReadAsStringAsync());
        Assert.Null(mine.Headers.ETag);
        Assert.False(mine.Headers.CacheControl?.Public ?? false);
        Assert.DoesNotContain("/account/logout", await theirs.Content.ReadAsStringAsync());
        Assert.Contains("/account/logout", await mineAgain.Content.ReadAsStringAsync());
        Assert.DoesNotContain("/account/logout", await anonymous.GetStringAsync("/policies?who=1"));
    }

    [Fact]
    public async Task Elder_mode_is_a_plain_post_without_a_token_and_pages_vary_by_it()
    {
        var client = PageCacheHost.Anonymous(host.A);
        Assert.DoesNotContain("class=\"elder\"", await client.GetStringAsync("/policies?elder-test=1"));

        var toggle = await client.PostAsync("/elder-mode", new FormUrlEncodedContent([new("on", "true"), new("returnUrl", "/policies?elder-test=1")]));
        Assert.Equal(HttpStatusCode.Redirect, toggle.StatusCode);
        var cookie = toggle.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("xp.elder=1", StringComparison.Ordinal));

        var elder = new HttpRequestMessage(HttpMethod.Get, "/policies?elder-test=1");
        elder.Headers.Add("Cookie", cookie.Split(';')[0]);
        var response = await client.SendAsync(elder);
        Assert.Contains("class=\"elder\"", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("class=\"elder\"", await client.GetStringAsync("/policies?elder-test=1"));
    }

    [Fact]
    public async Task A_publish_on_another_node_during_a_burst_of_cached_reads_leaves_no_stale_page_once_the_feed_has_it()
    {
        var reader = PageCacheHost.Anonymous(host.A);
        Assert.DoesNotContain("另一节点的通知", await reader.GetStringAsync("/policies"));
        var failures = 0;
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var r = await reader.GetAsync("/policies?type=notice");
                if (r.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToList();

        var change = await PageCacheHost.PublishNoticeAsync(host.B, "cache-remote", "另一节点的通知");
        await PageCacheHost.WaitForFeedAsync(host.A, "node-a", change);
        for (var i = 0; i < 20; i++)
        {
            Assert.Contains("另一节点的通知", await reader.GetStringAsync("/policies"));
            Assert.Contains("另一节点的通知", await reader.GetStringAsync("/policies?type=notice"));
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.Equal(0, failures);
    }

    [Fact]
    public async Task Pages_evicted_while_they_are_being_filled_are_served_whole_and_current()
    {
        var reader = PageCacheHost.Anonymous(host.A);
        var store = host.A.Services.GetRequiredService<IOutputCacheStore>();
        var expected = await reader.GetStringAsync("/policies?evict=1");
        var statuses = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            if (i % 4 == 0)
            {
                await store.EvictByTagAsync("tenant:Default", default);
            }

            var r = await reader.GetAsync("/policies?evict=1");
            return (r.StatusCode, Body: await r.Content.ReadAsStringAsync());
        }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s.StatusCode));
        Assert.All(statuses, s => Assert.Equal(expected, s.Body));
    }

    [Fact]
    public async Task The_cached_bureau_home_shows_the_microsite_by_its_new_name_as_soon_as_the_rename_commits()
    {
        var reader = PageCacheHost.Anonymous(host.A);
        Assert.Contains("新星市科普之窗 · ", WebUtility.HtmlDecode(await reader.GetStringAsync("/")));
        Assert.NotNull((await reader.GetAsync("/")).Headers.Age); // the second look is the page cache's

        await RenameMicrositeAsync("新星市科普馆");
        try
        {
            var html = WebUtility.HtmlDecode(await reader.GetStringAsync("/"));
            Assert.Contains("新星市科普馆 · ", html);
            Assert.DoesNotContain("新星市科普之窗 · ", html);
        }
        finally
        {
            await RenameMicrositeAsync("新星市科普之窗");
        }
    }

    private async Task RenameMicrositeAsync(string name)
    {
        var kepu = host.A.Services.GetRequiredService<XinxingPortal.Platform.Tenants.TenantSettingsStore>().Find("kepu")!;
        await using var scope = await host.A.Services.GetRequiredService<XinxingPortal.Platform.Tenants.TenantScopeFactory>().CreateAsync(kepu);
        var settings = scope.ServiceProvider.GetRequiredService<XinxingPortal.Platform.Settings.SiteSettingsStore>();
        Assert.True(await settings.SaveAsync((await settings.GetAsync()) with { SiteName = name }));
    }
}
