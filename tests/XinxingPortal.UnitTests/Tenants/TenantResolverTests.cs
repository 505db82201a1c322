using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.UnitTests.Tenants;

public sealed class TenantResolverTests
{
    private static TenantSettings Tenant(string name, string prefix = "", params string[] hosts) =>
        new() { Name = name, RequestUrlPrefix = prefix, RequestUrlHosts = hosts };

    private static readonly TenantSettings[] Tenants =
    [
        Tenant("Default"),
        Tenant("kepu", "kepu"),
        Tenant("lab", "", "lab.xinxing.gov.cn"),
        Tenant("labkepu", "kepu", "lab.xinxing.gov.cn"),
        Tenant("wild", "", "*.farms.xinxing.gov.cn"),
        Tenant("wildprefix", "docs", "*.farms.xinxing.gov.cn"),
    ];

    private static TenantMatch? Resolve(string host, string path) => TenantResolver.Resolve(Tenants, host, path);

    [Fact]
    public void Host_and_prefix_together_win_over_host_alone() =>
        Assert.Equal("labkepu", Resolve("lab.xinxing.gov.cn", "/kepu/pages/about")!.Tenant.Name);

    [Fact]
    public void Host_alone_wins_over_a_prefix_tenant_without_host()
    {
        var match = Resolve("lab.xinxing.gov.cn", "/pages/about")!;
        Assert.Equal("lab", match.Tenant.Name);
        Assert.Equal("", match.PrefixSegment);
    }

    [Fact]
    public void Prefix_alone_selects_the_tenant_on_any_host()
    {
        var match = Resolve("localhost:5000", "/kepu/pages/about")!;
        Assert.Equal("kepu", match.Tenant.Name);
        Assert.Equal("kepu", match.PrefixSegment);
    }

    [Fact]
    public void Prefix_matches_a_whole_segment_only() =>
        Assert.Equal("Default", Resolve("localhost", "/kepuxyz/pages")!.Tenant.Name);

    [Fact]
    public void Prefix_matching_ignores_case_and_keeps_the_request_spelling() =>
        Assert.Equal("KePu", Resolve("localhost", "/KePu/")!.PrefixSegment);

    [Fact]
    public void Wildcard_host_matches_subdomains() =>
        Assert.Equal("wild", Resolve("tuan101.farms.xinxing.gov.cn", "/")!.Tenant.Name);

    [Fact]
    public void Wildcard_host_with_prefix_wins_over_wildcard_host_alone() =>
        Assert.Equal("wildprefix", Resolve("tuan101.farms.xinxing.gov.cn", "/docs/x")!.Tenant.Name);

    [Fact]
    public void Unknown_host_and_path_fall_back_to_Default() =>
        Assert.Equal("Default", Resolve("example.org", "/anything")!.Tenant.Name);

    [Fact]
    public void Host_with_port_matches_a_host_without_port() =>
        Assert.Equal("lab", Resolve("lab.xinxing.gov.cn:8080", "/")!.Tenant.Name);

    [Fact]
    public void No_tenant_when_Default_is_bound_to_another_host()
    {
        TenantSettings[] tenants = [Tenant("Default", "", "www.xinxing.gov.cn")];
        Assert.Null(TenantResolver.Resolve(tenants, "other.example", "/"));
    }
}
