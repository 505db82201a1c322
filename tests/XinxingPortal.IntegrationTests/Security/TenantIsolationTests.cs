using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Platform.Identity;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Security;

/// <summary>Finding 10: the antiforgery cookie had one name on every tenant, and keys lived outside the site's data.</summary>
public sealed class TenantIsolationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Each_tenant_sets_its_own_antiforgery_cookie_and_a_kepu_form_works_after_the_portal_was_opened()
    {
        await factory.WarmUpAsync("/kepu");
        var client = factory.Browser();
        var kepuForm = await client.GetAsync("/kepu/account/login");
        var portalForm = await client.GetAsync("/account/login");

        Assert.Contains(kepuForm.Headers.GetValues("Set-Cookie"), c => c.StartsWith("xp.af.kepu=", StringComparison.Ordinal));
        Assert.Contains(portalForm.Headers.GetValues("Set-Cookie"), c => c.StartsWith("xp.af.Default=", StringComparison.Ordinal));

        // The browser now holds both cookies and sends both to /kepu/: the kepu form must still pass its check.
        var login = await client.LoginAsync("/kepu", "admin", PortalFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task A_token_from_one_tenant_is_refused_by_another()
    {
        await factory.WarmUpAsync("/kepu");
        var client = factory.Browser();
        var portalToken = await client.AntiforgeryTokenAsync("/account/login");
        await client.GetAsync("/kepu/account/login");

        var response = await client.PostAsync("/kepu/account/login", new FormUrlEncodedContent([
            KeyValuePair.Create("UserName", "admin"), KeyValuePair.Create("Password", PortalFactory.AdminPassword),
            KeyValuePair.Create("__RequestVerificationToken", portalToken)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_cookie_is_protected_for_its_own_tenant_and_unreadable_to_another()
    {
        await factory.WarmUpAsync("/kepu");
        var login = await factory.Browser().LoginAsync("", "admin", PortalFactory.AdminPassword);
        var cookie = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])
            .Single(c => c.StartsWith("xp.auth", StringComparison.Ordinal) && !c.Contains("chunks", StringComparison.Ordinal));
        var value = cookie[(cookie.IndexOf('=', StringComparison.Ordinal) + 1)..];
        var protection = factory.Services.GetRequiredService<IDataProtectionProvider>();

        Assert.NotNull(TenantTicketFormat.For(protection, "Default").Unprotect(value));
        Assert.Null(TenantTicketFormat.For(protection, "kepu").Unprotect(value));
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_with_the_sites_data()
    {
        await factory.Browser().GetAsync("/account/login");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(factory.AppData, "keys"), "key-*.xml"));
    }
}
