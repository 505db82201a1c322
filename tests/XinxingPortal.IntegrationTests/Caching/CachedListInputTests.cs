using System.Net;
using System.Text.RegularExpressions;

namespace XinxingPortal.IntegrationTests.Caching;

/// <summary>Whatever a query string carries, the cached lists answer with a page that exists, never an error.</summary>
public sealed partial class CachedListInputTests(PageCacheHost host) : IClassFixture<PageCacheHost>
{
    [GeneratedRegex("href=\"/policies/([a-z0-9-]+)\"")]
    private static partial Regex DocumentLink();

    private static List<string> Documents(string html) => [.. DocumentLink().Matches(html).Select(m => m.Groups[1].Value)];

    [Theory]
    [InlineData("/policies?page=1000000000")]
    [InlineData("/policies?page=-3")]
    [InlineData("/policies?page=abc")]
    [InlineData("/policies?page=99999999999999999999")]
    [InlineData("/policies?topic=no-such-topic")]
    [InlineData("/policies?type=bogus&validity=bogus&year=-5&sort=sideways")]
    [InlineData("/policies?agency=%E6%97%A0%E6%AD%A4%E6%9C%BA%E5%85%B3")]
    [InlineData("/en/policies?page=1000000000&topic=no-such-topic")]
    public async Task A_strange_query_gets_a_list_page_twice_the_same(string url)
    {
        var client = PageCacheHost.Anonymous(host.A);

        var first = await client.GetAsync(url);
        var second = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page_and_a_negative_one_the_first()
    {
        var client = PageCacheHost.Anonymous(host.A);
        var first = await client.GetStringAsync("/policies?page=1");

        Assert.Equal(Documents(first), Documents(await client.GetStringAsync("/policies?page=-1")));
        var last = await client.GetStringAsync("/policies?page=1000000000");
        Assert.Contains("id=\"main\"", last);
        Assert.NotEmpty(Documents(last));
    }

    [Fact]
    public async Task An_unknown_topic_lists_nothing_rather_than_everything()
    {
        var client = PageCacheHost.Anonymous(host.A);
        var all = await client.GetStringAsync("/policies");
        var none = await client.GetStringAsync("/policies?topic=no-such-topic");

        Assert.Contains("/policies/plan-2022-12", all);
        Assert.DoesNotContain("/policies/plan-2022-12\"", none);
    }
}
