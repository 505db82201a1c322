using System.Net;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Features;

namespace XinxingPortal.IntegrationTests;

public sealed class FeatureTests : IDisposable
{
    private readonly PortalFactory factory = new();

    public void Dispose() => factory.Dispose();

    private async Task<T> OnKepuAsync<T>(Func<FeatureService, Task<T>> action)
    {
        await factory.WarmUpAsync("/kepu");
        await using var scope = await factory.TenantScopeAsync("kepu");
        return await action(scope.ServiceProvider.GetRequiredService<FeatureService>());
    }

    [Fact]
    public async Task Enabling_a_feature_enables_its_dependencies()
    {
        var enabled = await OnKepuAsync(f => f.EnableAsync(["Test.Dependent"]));
        Assert.Equal(["Test.Base", "Test.Dependent"], enabled);
        Assert.Contains("Test.Base", await OnKepuAsync(f => f.GetEnabledAsync()));
    }

    [Fact]
    public async Task Disabling_a_feature_others_need_is_refused_with_their_names()
    {
        await OnKepuAsync(f => f.EnableAsync(["Test.Dependent"]));
        var ex = await Assert.ThrowsAsync<FeatureStateException>(() => OnKepuAsync<bool>(async f =>
        {
            await f.DisableAsync(["Test.Base"]);
            return true;
        }));
        Assert.Contains("'Test.Dependent'", ex.Message);
    }

    [Fact]
    public async Task An_always_enabled_feature_cannot_be_disabled() =>
        await Assert.ThrowsAsync<FeatureStateException>(() => OnKepuAsync<bool>(async f =>
        {
            await f.DisableAsync(["XinxingPortal.Core"]);
            return true;
        }));

    [Fact]
    public async Task A_Default_only_feature_cannot_be_enabled_elsewhere()
    {
        var ex = await Assert.ThrowsAsync<FeatureStateException>(() => OnKepuAsync(f => f.EnableAsync(["XinxingPortal.Tenants"])));
        Assert.Contains("Default", ex.Message);
    }

    [Fact]
    public async Task A_disabled_feature_takes_its_pages_menu_and_permissions_with_it()
    {
        await OnKepuAsync<bool>(async f =>
        {
            await f.DisableAsync(["XinxingPortal.Pages"]);
            return true;
        });

        var client = factory.Browser();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/kepu/pages/about")).StatusCode);
        await client.LoginAsync("/kepu", "admin", PortalFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/kepu/admin/pages")).StatusCode);
        Assert.DoesNotContain("/kepu/admin/pages", await client.GetStringAsync("/kepu/admin"));

        await OnKepuAsync(f => f.EnableAsync(["XinxingPortal.Pages"]));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/kepu/pages/about")).StatusCode);
        Assert.Contains("/kepu/admin/pages", await client.GetStringAsync("/kepu/admin"));
    }
}
