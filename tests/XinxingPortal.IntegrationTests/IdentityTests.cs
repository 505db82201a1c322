using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Platform.Identity;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests;

public sealed class IdentityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_configured_admin_password_logs_in_and_reaches_the_admin()
    {
        var client = factory.Browser();
        var login = await client.LoginAsync("", "admin", PortalFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var admin = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("href=\"/admin/tenants\"", await admin.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        var response = await factory.Browser().LoginAsync("", "admin", "not-the-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("validation-summary-errors", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_failures_from_one_address_hold_the_name_back_even_against_the_right_password()
    {
        await factory.WarmUpAsync("/kepu");
        await CreateUserAsync("kepu", "locker", "Locker-Right-Pass-1", "Editor");
        var client = factory.Browser();
        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync("/kepu", "locker", "wrong-" + i);
        }

        var response = await client.LoginAsync("/kepu", "locker", "Locker-Right-Pass-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/kepu/admin")).StatusCode);
    }

    [Fact]
    public async Task A_login_cookie_from_one_tenant_is_refused_by_another()
    {
        await factory.WarmUpAsync("/kepu");
        var client = factory.Browser();
        var login = await client.LoginAsync("", "admin", PortalFactory.AdminPassword);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("xp.auth.Default=", StringComparison.Ordinal));
        var value = cookie.Split(';')[0]["xp.auth.Default=".Length..];

        // Replay Default's cookie under kepu's cookie name: same user name and password hash scheme, other tenant.
        var stranger = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/kepu/admin");
        request.Headers.Add("Cookie", $"xp.auth.kepu={value}");
        var response = await stranger.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/kepu/account/login", response.Headers.Location!.OriginalString);

        var home = new HttpRequestMessage(HttpMethod.Get, "/admin");
        home.Headers.Add("Cookie", $"xp.auth.Default={value}");
        Assert.Equal(HttpStatusCode.OK, (await stranger.SendAsync(home)).StatusCode);
    }

    [Fact]
    public async Task The_auth_cookie_is_scoped_to_the_tenant_prefix()
    {
        await factory.WarmUpAsync("/kepu");
        var login = await factory.Browser().LoginAsync("/kepu", "admin", PortalFactory.AdminPassword);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("xp.auth.kepu=", StringComparison.Ordinal));
        Assert.Contains("path=/kepu", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_user_can_change_their_password()
    {
        await factory.WarmUpAsync();
        await using (var scope = await factory.TenantScopeAsync("Default"))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var editor = await users.FindByNameAsync("editor");
            Assert.NotNull(editor);
            // The recipe leaves the editor invited; this stands for the activation the invitation link does.
            editor.State = AccountState.Active;
            Assert.True((await users.AddPasswordAsync(editor, "Editor-First-Pass-1")).Succeeded);
        }

        var client = factory.Browser();
        await client.LoginAsync("", "editor", "Editor-First-Pass-1");
        var change = await client.PostFormAsync("/account/password", "/account/password",
            ("CurrentPassword", "Editor-First-Pass-1"), ("NewPassword", "Editor-Second-Pass-2"), ("ConfirmPassword", "Editor-Second-Pass-2"));
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        var again = factory.Browser();
        Assert.Equal(HttpStatusCode.OK, (await again.LoginAsync("", "editor", "Editor-First-Pass-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await again.LoginAsync("", "editor", "Editor-Second-Pass-2")).StatusCode);
    }

    [Fact]
    public async Task An_editor_may_edit_pages_but_not_publish_them_or_manage_tenants()
    {
        await CreateUserAsync("Default", "editor2", "Editor-Two-Pass-22", "Editor");

        var client = factory.Browser();
        await client.LoginAsync("", "editor2", "Editor-Two-Pass-22");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/pages")).StatusCode);
        var publish = await client.PostFormAsync("/admin/pages/page-about-zh-CN", "/admin/pages/page-about-zh-CN/publish");
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Contains("/account/denied", publish.Headers.Location!.OriginalString);
        Assert.Contains("/account/denied", (await client.GetAsync("/admin/tenants")).Headers.Location!.OriginalString);
    }

    private async Task CreateUserAsync(string tenant, string userName, string password, string role)
    {
        await factory.WarmUpAsync(tenant == "Default" ? "" : "/" + tenant);
        await using var scope = await factory.TenantScopeAsync(tenant);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = userName, Email = userName + "@xinxing.example" };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }
}
