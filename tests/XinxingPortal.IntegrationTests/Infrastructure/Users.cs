using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Platform.Identity;

namespace XinxingPortal.IntegrationTests.Infrastructure;

internal static class Users
{
    /// <summary>Creates a user with a password and roles on a tenant that is already set up.</summary>
    public static async Task CreateAsync(this PortalFactory factory, string tenant, string userName, string password, params string[] roles)
    {
        await using var scope = await factory.TenantScopeAsync(tenant);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = userName, Email = userName + "@xinxing.example" };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
    }
}
