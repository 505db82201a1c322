using System.Net;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Tests.Shared;

namespace XinxingPortal.IntegrationTests.Accounts;

public sealed class InvitationAndResetTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    private PortalFactory Factory => fixture.Factory;

    [Fact]
    public async Task The_recipe_invites_the_editor_who_sets_a_password_once_from_the_mail()
    {
        var (subject, _) = await fixture.LatestMailToAsync("editor@xinxing.example");
        Assert.Contains("第十三师新星市科学技术局", subject);
        var link = await fixture.LinkInMailAsync("editor@xinxing.example");
        Assert.StartsWith("/account/activate?user=", link);

        var client = Factory.Browser();
        var set = await AccountForms.SetPasswordAsync(client, link, AccountForms.GoodPassword);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("", "editor", AccountForms.GoodPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        // The same link a second time: refused, and the password stays the one just set.
        var again = await Factory.Browser().GetAsync(link);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("此链接已失效", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_password_that_fails_the_policy_is_refused_and_the_link_still_works()
    {
        var link = await fixture.LinkInMailAsync("reviewer@xinxing.example");
        var client = Factory.Browser();
        var weak = await AccountForms.SetPasswordAsync(client, link, "short");
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("密码", await AccountForms.ErrorsOfAsync(weak));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task Forgot_password_answers_alike_for_unknown_addresses_and_a_reset_signs_out_other_sessions()
    {
        await Factory.CreateAsync("Default", "resetme", "Old-Pass-2026!x", "Editor");

        var stampBefore = await StampOfAsync("resetme");
        var known = await Factory.Browser().PostFormAsync("/account/forgot", "/account/forgot", ("Email", "resetme@xinxing.example"));
        var unknown = await Factory.Browser().PostFormAsync("/account/forgot", "/account/forgot", ("Email", "nobody@xinxing.example"));
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);

        var link = await fixture.LinkInMailAsync("resetme@xinxing.example");
        Assert.StartsWith("/account/reset?", link);
        var client = Factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await AccountForms.SetPasswordAsync(client, link, AccountForms.GoodPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("", "resetme", AccountForms.GoodPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync("", "resetme", "Old-Pass-2026!x")).StatusCode);
        Assert.DoesNotContain(fixture.Smtp.Received(), m => m.ToAddresses.Any(a => a.Address == "nobody@xinxing.example"));
        Assert.Equal(HttpStatusCode.BadRequest, (await Factory.Browser().GetAsync(link)).StatusCode);
        // Other sessions carry the old stamp in their cookie; the cookie validator rejects them once the stamp moved.
        Assert.NotEqual(stampBefore, await StampOfAsync("resetme"));
    }

    [Fact]
    public async Task A_link_of_one_tenant_does_not_work_on_another()
    {
        await Factory.CreateAsync("Default", "crosser", "Old-Pass-2026!x", "Editor");
        await Factory.Browser().PostFormAsync("/account/forgot", "/account/forgot", ("Email", "crosser@xinxing.example"));
        var link = await fixture.LinkInMailAsync("crosser@xinxing.example");

        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query);
        Assert.Equal(HttpStatusCode.BadRequest, (await Factory.Browser().GetAsync("/kepu" + link)).StatusCode);
        var response = await Factory.Browser().PostFormAsync("/kepu/account/forgot", "/kepu/account/reset",
            ("User", query["user"]!), ("Token", query["token"]!), ("Password", AccountForms.GoodPassword), ("ConfirmPassword", AccountForms.GoodPassword));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Factory.Browser().GetAsync(link)).StatusCode);
    }

    private async Task<string> StampOfAsync(string userName)
    {
        await using var scope = await Factory.TenantScopeAsync("Default");
        var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<XinxingPortal.Platform.Identity.PortalUser>>(scope.ServiceProvider);
        return (await users.FindByNameAsync(userName))!.SecurityStamp!;
    }
}
