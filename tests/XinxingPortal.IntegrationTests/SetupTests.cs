using System.Net;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.IntegrationTests;

public sealed class SetupTests : IDisposable
{
    private readonly PortalFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Concurrent_first_requests_set_a_tenant_up_once()
    {
        var client = factory.Browser();
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync("/kepu/")));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, r.StatusCode.ToString()));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(factory.Logs.Messages, m => m.StartsWith("Setting up tenant kepu", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/kepu/")).StatusCode);
    }

    [Fact]
    public async Task An_initializing_tenant_answers_503_with_Retry_After()
    {
        await factory.WarmUpAsync();
        var store = factory.Services.GetRequiredService<TenantSettingsStore>();
        store.Update("kepu", t => t with { State = TenantState.Initializing });

        var response = await factory.Browser().GetAsync("/kepu/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("lang=\"ug\" dir=\"rtl\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_disabled_tenant_answers_404_until_enabled()
    {
        await factory.WarmUpAsync("/kepu");
        var tenants = factory.Services.GetRequiredService<TenantAdministration>();

        tenants.Disable("kepu");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Browser().GetAsync("/kepu/pages/about")).StatusCode);

        tenants.Enable("kepu");
        Assert.Equal(HttpStatusCode.OK, (await factory.Browser().GetAsync("/kepu/pages/about")).StatusCode);
    }

    [Fact]
    public async Task The_Default_tenant_cannot_be_disabled()
    {
        await factory.WarmUpAsync();
        var ex = Assert.Throws<TenantException>(() => factory.Services.GetRequiredService<TenantAdministration>().Disable("Default"));
        Assert.Contains("Default", ex.Message);
    }

    [Fact]
    public async Task Each_tenant_has_its_own_database()
    {
        await factory.WarmUpAsync();
        await factory.WarmUpAsync("/kepu");
        var store = factory.Services.GetRequiredService<TenantSettingsStore>();
        if (TestDatabase.IsPostgres)
        {
            Assert.NotEqual(store.Find("Default")!.ConnectionString, store.Find("kepu")!.ConnectionString);
        }
        else
        {
            Assert.True(File.Exists(Path.Combine(factory.AppData, "Sites", "Default", "portal.db")));
            Assert.True(File.Exists(Path.Combine(factory.AppData, "Sites", "kepu", "portal.db")));
        }
    }
}
