using System.Net;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Accounts;

public sealed class UserAdminTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    private PortalFactory Factory => fixture.Factory;

    private async Task<HttpClient> AdminAsync()
    {
        var client = Factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("", "admin", PortalFactory.AdminPassword)).StatusCode);
        return client;
    }

    [Fact]
    public async Task The_admin_invites_a_user_in_Uyghur_who_activates_and_an_address_in_use_is_refused()
    {
        var admin = await AdminAsync();
        var invite = await admin.PostFormAsync("/admin/users/invite", "/admin/users/invite",
            ("UserName", "aynur"), ("DisplayName", "ئاينۇر"), ("Email", "aynur@xinxing.example"), ("Culture", "ug"), ("Roles", "Editor"));
        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);
        var link = await fixture.LinkInMailAsync("aynur@xinxing.example");
        Assert.StartsWith("/ug/account/activate?", link);
        Assert.Contains("تەكلىپ", (await fixture.LatestMailToAsync("aynur@xinxing.example")).Subject);

        var again = await admin.PostFormAsync("/admin/users/invite", "/admin/users/invite",
            ("UserName", "aynur2"), ("Email", "AYNUR@xinxing.example"), ("Culture", "zh-CN"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("另一个账户已使用此地址", await AccountForms.ErrorsOfAsync(again));

        Assert.Equal(HttpStatusCode.Redirect, (await AccountForms.SetPasswordAsync(Factory.Browser(), link, AccountForms.GoodPassword)).StatusCode);
        var list = await (await admin.GetAsync("/admin/users?q=aynur&role=Editor&state=Active")).Content.ReadAsStringAsync();
        Assert.Contains("aynur@xinxing.example", list);
        Assert.Contains("users.invited", await (await admin.GetAsync("/admin")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_last_administrator_keeps_the_role_and_a_role_name_that_exists_is_refused()
    {
        var admin = await AdminAsync();
        var html = await (await admin.GetAsync("/admin/users?q=admin&role=Administrator")).Content.ReadAsStringAsync();
        var id = System.Text.RegularExpressions.Regex.Match(html, "href=\"/admin/users/([0-9a-f-]{36})\"").Groups[1].Value;
        var strip = await admin.PostFormAsync("/admin/users/" + id, $"/admin/users/{id}/roles", ("roles", "Editor"));
        Assert.Equal(HttpStatusCode.Redirect, strip.StatusCode);
        var details = await (await admin.GetAsync("/admin/users/" + id)).Content.ReadAsStringAsync();
        Assert.Contains("这是最后一个启用的管理员", details);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/tenants")).StatusCode);

        var duplicate = await admin.PostFormAsync("/admin/roles/new", "/admin/roles/new", ("Name", "Editor"));
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("已有同名角色", await AccountForms.ErrorsOfAsync(duplicate));
    }

    [Fact]
    public async Task A_role_is_created_with_permissions_grouped_by_feature_renamed_and_deleted()
    {
        var admin = await AdminAsync();
        var form = await (await admin.GetAsync("/admin/roles/new")).Content.ReadAsStringAsync();
        Assert.Contains("管理用户和角色", form);
        Assert.Contains("TechTransfer", form);
        var created = await admin.PostFormAsync("/admin/roles/new", "/admin/roles/new", ("Name", "Translator"), ("Description", "译者"), ("Permissions", "AccessAdmin"), ("Permissions", "Pages.Edit"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await (await admin.GetAsync("/admin/roles")).Content.ReadAsStringAsync();
        var id = System.Text.RegularExpressions.Regex.Match(list, "href=\"/admin/roles/([0-9a-f-]{36})\">Translator").Groups[1].Value;
        Assert.NotEmpty(id);

        var bogus = await admin.PostFormAsync("/admin/roles/" + id, "/admin/roles/" + id, ("Name", "Translators"), ("Permissions", "No.Such"));
        Assert.Equal(HttpStatusCode.OK, bogus.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/roles/" + id, "/admin/roles/" + id, ("Name", "Translators"), ("Permissions", "AccessAdmin"))).StatusCode);
        Assert.Contains("Translators", await (await admin.GetAsync("/admin/roles")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/roles", $"/admin/roles/{id}/delete")).StatusCode);
        Assert.DoesNotContain("Translators", await (await admin.GetAsync("/admin/roles")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_a_member_gets_no_admin_url()
    {
        await Factory.CreateAsync("Default", "plainmember", "Member-Pass-2026!", "Member");
        var member = Factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await member.LoginAsync("", "plainmember", "Member-Pass-2026!")).StatusCode);
        foreach (var url in new[] { "/admin", "/admin/users", "/admin/roles", "/admin/users/settings", "/admin/tenants" })
        {
            var response = await member.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, url);
            Assert.Contains("denied", response.Headers.Location?.OriginalString ?? "denied");
        }

        var admin = await AdminAsync();
        var html = await (await admin.GetAsync("/admin/users?q=plainmember")).Content.ReadAsStringAsync();
        var id = System.Text.RegularExpressions.Regex.Match(html, "href=\"/admin/users/([0-9a-f-]{36})\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/users/" + id, $"/admin/users/{id}/disable")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Factory.Browser().LoginAsync("", "plainmember", "Member-Pass-2026!")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/users/" + id, $"/admin/users/{id}/enable")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Factory.Browser().LoginAsync("", "plainmember", "Member-Pass-2026!")).StatusCode);
    }

    [Fact]
    public async Task A_user_manager_who_is_not_an_administrator_cannot_make_themselves_one()
    {
        await Factory.RunJsonAsync("Default", """{ "name": "um", "steps": [ { "name": "roles", "roles": [ { "name": "UserManager", "permissions": ["AccessAdmin", "Users.Manage"] } ] } ] }""");
        await Factory.CreateAsync("Default", "usermanager", "Manager-Pass-2026!", "UserManager");
        var manager = Factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await manager.LoginAsync("", "usermanager", "Manager-Pass-2026!")).StatusCode);
        var html = await (await manager.GetAsync("/admin/users?q=usermanager")).Content.ReadAsStringAsync();
        var id = System.Text.RegularExpressions.Regex.Match(html, "href=\"/admin/users/([0-9a-f-]{36})\"").Groups[1].Value;

        var escalate = await manager.PostFormAsync("/admin/users/" + id, $"/admin/users/{id}/roles", ("roles", "UserManager"), ("roles", "Administrator"));
        Assert.Equal(HttpStatusCode.Redirect, escalate.StatusCode);
        Assert.Contains("只有管理员才能授予或取消管理员角色", await (await manager.GetAsync("/admin/users/" + id)).Content.ReadAsStringAsync());
        Assert.DoesNotContain("管理员", System.Text.RegularExpressions.Regex.Match(
            await (await manager.GetAsync("/admin/users?q=usermanager")).Content.ReadAsStringAsync(), "<tbody>.*</tbody>", System.Text.RegularExpressions.RegexOptions.Singleline).Value);

        var widen = await manager.PostFormAsync("/admin/roles/new", "/admin/roles/new", ("Name", "Wider"), ("Permissions", "Tenants.Manage"));
        Assert.Equal(HttpStatusCode.OK, widen.StatusCode);
        Assert.Contains("您只能授予自己拥有的权限", await AccountForms.ErrorsOfAsync(widen));
    }
}
