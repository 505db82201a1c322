using System.Net;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.IntegrationTests.Caching;

/// <summary>
/// The cached page is answered at the very start of the pipeline, before the tenant is resolved: these prove it is
/// still only the right page for the right reader (an Age header marks an answer from the cache).
/// </summary>
public sealed class PageFrontTests(PageCacheHost host) : IClassFixture<PageCacheHost>
{
    [Fact]
    public async Task A_signed_in_reader_is_never_answered_from_the_front_cache()
    {
        var anonymous = PageCacheHost.Anonymous(host.A);
        await anonymous.GetAsync("/policies?front-signed-in=1");
        Assert.NotNull((await anonymous.GetAsync("/policies?front-signed-in=1")).Headers.Age);

        var signedIn = await host.SignedInAsync(host.A);
        var response = await signedIn.GetAsync("/policies?front-signed-in=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
        Assert.Contains("/account/logout", await response.Content.ReadAsStringAsync());
        // An Authorization header, too, means the reader may be someone.
        var bearer = new HttpRequestMessage(HttpMethod.Get, "/policies?front-signed-in=1");
        bearer.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "x");
        Assert.Null((await anonymous.SendAsync(bearer)).Headers.Age);
    }

    [Fact]
    public async Task A_publish_retires_the_page_the_front_holds()
    {
        var reader = PageCacheHost.Anonymous(host.A);
        Assert.DoesNotContain("前端缓存之后的通知", await reader.GetStringAsync("/policies?front-publish=1"));
        Assert.NotNull((await reader.GetAsync("/policies?front-publish=1")).Headers.Age);

        await PageCacheHost.PublishNoticeAsync(host.A, "front-publish", "前端缓存之后的通知");

        Assert.Contains("前端缓存之后的通知", await reader.GetStringAsync("/policies?front-publish=1"));
    }

    [Theory]
    [InlineData("/policies?front-host=1")]
    [InlineData("/kepu/?front-host=1")]
    public async Task A_foreign_host_is_not_served_the_page_cached_for_the_site(string url)
    {
        var reader = PageCacheHost.Anonymous(host.A);
        await reader.GetAsync(url);
        Assert.NotNull((await reader.GetAsync(url)).Headers.Age);

        var forged = new HttpRequestMessage(HttpMethod.Get, url);
        forged.Headers.Host = "evil.example";
        var response = await reader.SendAsync(forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Age);
    }

    [Fact]
    public async Task A_tenant_disabled_after_its_page_was_cached_is_not_served_from_the_cache()
    {
        var reader = PageCacheHost.Anonymous(host.A);
        await reader.GetAsync("/kepu/?front-disabled=1");
        Assert.NotNull((await reader.GetAsync("/kepu/?front-disabled=1")).Headers.Age);
        var store = host.A.Services.GetRequiredService<TenantSettingsStore>();

        store.Update("kepu", t => t with { State = TenantState.Disabled });
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/kepu/?front-disabled=1")).StatusCode);
        }
        finally
        {
            store.Update("kepu", t => t with { State = TenantState.Running });
        }

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/kepu/?front-disabled=1")).StatusCode);
    }

    [Fact]
    public async Task A_head_request_is_answered_from_the_cached_page_without_its_body()
    {
        var reader = PageCacheHost.Anonymous(host.A);
        var page = await reader.GetByteArrayAsync("/policies?front-head=1");

        var response = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/policies?front-head=1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.Age);
        Assert.Equal(page.Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_elder_mode_page_and_the_plain_one_are_kept_apart()
    {
        var reader = PageCacheHost.Anonymous(host.A);
        var elder = new HttpRequestMessage(HttpMethod.Get, "/policies?front-elder=1");
        elder.Headers.Add("Cookie", "xp.elder=1");
        Assert.Contains("class=\"elder\"", await (await reader.SendAsync(elder)).Content.ReadAsStringAsync());

        var plain = await reader.GetAsync("/policies?front-elder=1");
        var plainAgain = await reader.GetAsync("/policies?front-elder=1");

        Assert.DoesNotContain("class=\"elder\"", await plain.Content.ReadAsStringAsync());
        Assert.NotNull(plainAgain.Headers.Age);
        Assert.DoesNotContain("class=\"elder\"", await plainAgain.Content.ReadAsStringAsync());
    }
}
