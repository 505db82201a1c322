using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.UnitTests.Tenants;

public sealed class TenantRulesTests
{
    private static readonly TenantSettings[] Existing = [new() { Name = "Default" }, new() { Name = "kepu", RequestUrlPrefix = "kepu" }];

    [Theory]
    [InlineData("1abc", "x")]
    [InlineData("bad name", "x")]
    [InlineData("fine", "ug")]
    [InlineData("fine", "admin")]
    [InlineData("fine", "Upper")]
    [InlineData("fine", "kepu")]
    [InlineData("fine", "")]
    public void Refuses_bad_names_and_prefixes(string name, string prefix) =>
        Assert.NotNull(TenantRules.Check(new TenantSettings { Name = name, RequestUrlPrefix = prefix }, Existing));

    [Fact]
    public void Accepts_a_fresh_prefix_tenant() =>
        Assert.Null(TenantRules.Check(new TenantSettings { Name = "openlab", RequestUrlPrefix = "openlab" }, Existing));

    [Fact]
    public void A_PostgreSql_tenant_needs_a_connection_string() =>
        Assert.Contains("connection string", TenantRules.Check(
            new TenantSettings { Name = "pg", RequestUrlPrefix = "pg", DatabaseProvider = DatabaseProvider.PostgreSql }, Existing));
}
