using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Search.Querying;

namespace XinxingPortal.IntegrationTests.Search;

/// <summary>The public page's hot searches are read once a minute per tenant and culture, not once per search.</summary>
public sealed class HotSearchesTests
{
    private readonly TestClock clock = new();

    [Fact]
    public async Task A_list_is_read_once_a_minute_per_tenant_and_culture()
    {
        var hot = new HotSearches(clock);
        var reads = 0;
        Task<IReadOnlyList<QueryCount>> Read(string word)
        {
            reads++;
            return Task.FromResult<IReadOnlyList<QueryCount>>([new QueryCount(word, 3, 10)]);
        }

        var first = await hot.GetAsync("Default", "zh-CN", 5, () => Read("冷链"));
        clock.Set(TestClock.Morning.AddSeconds(58));
        var kept = await hot.GetAsync("Default", "zh-CN", 5, () => Read("红枣"));
        var otherCulture = await hot.GetAsync("Default", "en", 5, () => Read("cold chain"));
        var otherTenant = await hot.GetAsync("kepu", "zh-CN", 5, () => Read("科普"));
        clock.Set(TestClock.Morning.AddSeconds(61));
        var fresh = await hot.GetAsync("Default", "zh-CN", 5, () => Read("红枣"));

        Assert.Equal("冷链", first.Single().Query);
        Assert.Equal("冷链", kept.Single().Query);
        Assert.Equal("cold chain", otherCulture.Single().Query);
        Assert.Equal("科普", otherTenant.Single().Query);
        Assert.Equal("红枣", fresh.Single().Query);
        Assert.Equal(4, reads);
    }

    [Fact]
    public async Task An_empty_list_is_read_again_at_once()
    {
        var hot = new HotSearches(clock);
        await hot.GetAsync("Default", "zh-CN", 5, () => Task.FromResult<IReadOnlyList<QueryCount>>([]));

        var next = await hot.GetAsync("Default", "zh-CN", 5, () => Task.FromResult<IReadOnlyList<QueryCount>>([new QueryCount("冷链", 1, 2)]));

        Assert.Equal("冷链", next.Single().Query);
    }
}
