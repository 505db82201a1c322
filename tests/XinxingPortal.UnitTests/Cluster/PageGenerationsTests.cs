using XinxingPortal.Platform.Caching;

namespace XinxingPortal.UnitTests.Cluster;

/// <summary>A tenant whose pages show another's (the portal's home shows the microsite's events) is retired with it.</summary>
public sealed class PageGenerationsTests
{
    private static async Task<PageGenerations> KnownAsync(params string[] tenants)
    {
        var generations = new PageGenerations();
        foreach (var tenant in tenants)
        {
            await generations.EnsureKnownAsync(tenant, () => Task.FromResult(10L));
        }

        return generations;
    }

    [Fact]
    public async Task A_change_committed_to_a_followed_tenant_retires_its_followers_pages()
    {
        var generations = await KnownAsync("Default", "kepu", "lab");
        generations.Follow("Default", "kepu");
        var portal = generations.Epoch("Default");
        var lab = generations.Epoch("lab");

        generations.Advance("kepu");

        Assert.NotEqual(portal, generations.Epoch("Default"));
        Assert.Equal(lab, generations.Epoch("lab"));
    }

    [Fact]
    public async Task A_change_another_node_committed_to_a_followed_tenant_retires_its_followers_pages_once_the_feed_has_it()
    {
        var generations = await KnownAsync("Default", "kepu");
        generations.Follow("Default", "kepu");
        var portal = generations.Epoch("Default");

        Assert.False(generations.Observe("kepu", 9)); // already in every page
        Assert.Equal(portal, generations.Epoch("Default"));
        Assert.True(generations.Observe("kepu", 11));
        Assert.NotEqual(portal, generations.Epoch("Default"));
    }

    [Fact]
    public async Task A_followers_change_leaves_the_tenant_it_follows_alone_and_following_itself_is_ignored()
    {
        var generations = await KnownAsync("Default", "kepu");
        generations.Follow("Default", "kepu");
        generations.Follow("kepu", "kepu");
        var microsite = generations.Epoch("kepu");

        generations.Advance("Default");

        Assert.Equal(microsite, generations.Epoch("kepu"));
    }
}
