using XinxingPortal.Platform.Cluster;
using XinxingPortal.Platform.Features;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.UnitTests.Cluster;

/// <summary>What the other nodes are told, and what a node does when it hears it; the bus is in memory here.</summary>
public sealed class ClusterStateTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("xp-cluster").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task A_change_here_is_announced_and_a_change_elsewhere_drops_the_cached_value()
    {
        var bus = new RecordingBus();
        var cache = new TenantStateCache(bus, new XinxingPortal.Platform.Caching.PageGenerations());
        Assert.Equal(1, await cache.GetOrLoadAsync("kepu", "features", () => Task.FromResult(1)));

        cache.Invalidate("kepu");
        Assert.Equal((ClusterTopic.TenantState, "kepu"), Assert.Single(bus.Published));

        Assert.Equal(2, await cache.GetOrLoadAsync("kepu", "features", () => Task.FromResult(2)));
        bus.Receive(ClusterTopic.TenantState, "kepu");
        Assert.Equal(3, await cache.GetOrLoadAsync("kepu", "features", () => Task.FromResult(3)));
    }

    [Fact]
    public async Task A_drop_heard_while_a_load_reads_the_old_value_keeps_that_value_out_of_the_cache()
    {
        var bus = new RecordingBus();
        var cache = new TenantStateCache(bus, new XinxingPortal.Platform.Caching.PageGenerations());
        var stale = await cache.GetOrLoadAsync("kepu", "menu", () =>
        {
            bus.Receive(ClusterTopic.TenantState, "kepu"); // another node committed while this one read
            return Task.FromResult("old");
        });

        Assert.Equal("old", stale);
        Assert.Equal("new", await cache.GetOrLoadAsync("kepu", "menu", () => Task.FromResult("new")));
    }

    [Fact]
    public void The_tenants_list_is_announced_on_write_and_read_again_when_another_node_wrote_it()
    {
        var bus = new RecordingBus();
        var paths = new PortalPaths(Path.Combine(root, "a"), root, Path.Combine(root, "shared"));
        var here = new TenantSettingsStore(paths, bus);
        var there = new TenantSettingsStore(paths with { AppData = Path.Combine(root, "b") }, new RecordingBus());

        there.Save(new TenantSettings { Name = "kepu", RequestUrlPrefix = "kepu" });
        Assert.True(File.Exists(Path.Combine(root, "shared", "tenants.json")));
        Assert.Null(here.Find("kepu"));
        bus.Receive(ClusterTopic.TenantsList, "");
        Assert.NotNull(here.Find("kepu"));

        here.Save(new TenantSettings { Name = "lab", RequestUrlPrefix = "lab" });
        Assert.Contains((ClusterTopic.TenantsList, ""), bus.Published);
    }

    private sealed class RecordingBus : ClusterBus
    {
        public List<(ClusterTopic, string)> Published { get; } = [];

        public override void Publish(ClusterTopic topic, string tenant) => Published.Add((topic, tenant));

        public void Receive(ClusterTopic topic, string tenant) => Deliver(topic, tenant);
    }
}
