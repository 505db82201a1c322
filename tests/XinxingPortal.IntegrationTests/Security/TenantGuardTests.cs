using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.IntegrationTests.Security;

/// <summary>
/// Finding 9: tenant prefixes and hosts could shadow the Default tenant's pages. Finding 8: a failed create left the
/// tenant registered, so the same command then failed with "already exists".
/// </summary>
public sealed class TenantGuardTests : IDisposable
{
    private readonly PortalFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("techtransfer")]
    [InlineData("registrations")]
    [InlineData("events")]
    [InlineData("venues")]
    [InlineData("policies")]
    [InlineData("media")]
    [InlineData("pages")]
    [InlineData("error")]
    public async Task A_prefix_that_is_one_of_the_default_tenants_routes_is_refused(string prefix)
    {
        await factory.WarmUpAsync();
        var tenants = factory.Services.GetRequiredService<TenantAdministration>();

        var refused = await Assert.ThrowsAsync<TenantException>(() => tenants.CreateAsync(factory.NewTenant("shadow", prefix), null));
        Assert.Contains("Default tenant has pages", refused.Message, StringComparison.Ordinal);
        Assert.Null(factory.Services.GetRequiredService<TenantSettingsStore>().Find("shadow"));
        Assert.NotEqual(System.Net.HttpStatusCode.InternalServerError, (await factory.Browser().GetAsync($"/{prefix}/")).StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST:5000")]
    public async Task A_tenant_without_a_prefix_on_the_default_host_is_refused(string host)
    {
        await factory.WarmUpAsync();
        var tenants = factory.Services.GetRequiredService<TenantAdministration>();

        var refused = await Assert.ThrowsAsync<TenantException>(() =>
            tenants.CreateAsync(factory.NewTenant("takeover", "") with { RequestUrlHosts = [host] }, null));
        Assert.Contains("Default tenant's host", refused.Message, StringComparison.Ordinal);
        Assert.Contains("新星市", await factory.Browser().GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_create_that_fails_during_setup_leaves_nothing_and_can_be_run_again()
    {
        await factory.WarmUpAsync();
        var tenants = factory.Services.GetRequiredService<TenantAdministration>();
        var tenant = factory.NewTenant("retry", "retry");

        await Assert.ThrowsAsync<TenantException>(() => tenants.CreateAsync(tenant, new AdminAccount("admin", "a@xinxing.example", "weak")));
        Assert.Null(factory.Services.GetRequiredService<TenantSettingsStore>().Find("retry"));
        if (!TestDatabase.IsPostgres)
        {
            Assert.False(Directory.Exists(Path.Combine(factory.AppData, "Sites", "retry")));
        }

        await tenants.CreateAsync(tenant, new AdminAccount("admin", "a@xinxing.example", "Retry-Admin-Pass-2026"));
        Assert.Equal(TenantState.Running, factory.Services.GetRequiredService<TenantSettingsStore>().Find("retry")!.State);
    }
}
