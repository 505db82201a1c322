using System.Net;
using System.Text.Json;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.IntegrationTests.Outreach;

namespace XinxingPortal.IntegrationTests.Accounts;

public sealed class SelfRegistrationTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    private PortalFactory Factory => fixture.Factory;

    [Fact]
    public async Task A_visitor_signs_up_confirms_sees_their_registration_downloads_and_deletes_their_data()
    {
        const string email = "citizen@kepu.example";
        await RegistrationForm.RegisterAsync(Factory.Browser(), "soil-testing-day", email);
        var client = Factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await AccountForms.RegisterAsync(client, "/kepu", email)).StatusCode);

        // Not confirmed yet: no sign-in.
        Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync("/kepu", email, AccountForms.GoodPassword)).StatusCode);
        var confirm = await fixture.LinkInMailAsync(email, 2, "/kepu/account/confirm?");
        Assert.StartsWith("/kepu/account/confirm?", confirm);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(confirm)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(confirm)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("/kepu", email, AccountForms.GoodPassword)).StatusCode);
        var account = await (await client.GetAsync("/kepu/account")).Content.ReadAsStringAsync();
        Assert.Contains("我的活动报名", account);
        Assert.Contains("/kepu/registrations/", account);

        var data = await client.GetAsync("/kepu/account/data");
        Assert.Equal("application/json", data.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await data.Content.ReadAsStringAsync());
        Assert.Equal(email, json.RootElement.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal("13912345678", json.RootElement.GetProperty("outreachRegistrations")[0].GetProperty("mobile").GetString());

        var wrong = await client.PostFormAsync("/kepu/account/delete", "/kepu/account/delete", ("Password", "not-it"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var deleted = await client.PostFormAsync("/kepu/account/delete", "/kepu/account/delete", ("Password", AccountForms.GoodPassword));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Factory.Browser().LoginAsync("/kepu", email, AccountForms.GoodPassword)).StatusCode);

        await using var scope = await Factory.TenantScopeAsync("kepu");
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<XinxingPortal.Platform.Data.PortalDbContext>(scope.ServiceProvider);
        Assert.DoesNotContain(db.Set<XinxingPortal.Outreach.Data.Registration>(), r => r.Email == email || r.Mobile == "13912345678" && r.Name == "张三" && r.Email.StartsWith("citizen"));
        Assert.Contains(db.Set<XinxingPortal.Outreach.Data.Registration>(), r => r.Email.StartsWith("erased-"));
    }

    [Fact]
    public async Task Registering_with_an_address_in_use_looks_the_same_and_mails_its_holder()
    {
        await Factory.CreateAsync("kepu", "holder", "Holder-Pass-2026!", "Member");
        var first = await AccountForms.RegisterAsync(Factory.Browser(), "/kepu", "holder@xinxing.example");
        var fresh = await AccountForms.RegisterAsync(Factory.Browser(), "/kepu", "fresh@kepu.example");
        Assert.Equal(fresh.Headers.Location, first.Headers.Location);
        Assert.Contains("/kepu/account/forgot", (await fixture.LatestMailToAsync("holder@xinxing.example")).Body);
    }

    [Fact]
    public async Task Bad_registrations_are_refused_with_reasons_and_create_nothing()
    {
        var weak = await AccountForms.RegisterAsync(Factory.Browser(), "/kepu", "weak@kepu.example", password: "abc");
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        var mobile = await AccountForms.RegisterAsync(Factory.Browser(), "/kepu", "mobile@kepu.example", mobile: "2345");
        Assert.Contains("11位", await AccountForms.ErrorsOfAsync(mobile));
        await using var scope = await Factory.TenantScopeAsync("kepu");
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<XinxingPortal.Platform.Data.PortalDbContext>(scope.ServiceProvider);
        Assert.DoesNotContain(db.Users, u => u.Email == "weak@kepu.example" || u.Email == "mobile@kepu.example");
    }

    [Fact]
    public async Task Registration_is_not_offered_when_the_tenant_turns_it_off()
    {
        await Factory.RunJsonAsync("kepu", """{ "name": "off", "steps": [ { "name": "settings", "registration": "off" } ] }""");
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Factory.Browser().GetAsync("/kepu/account/register")).StatusCode);
        }
        finally
        {
            await Factory.RunJsonAsync("kepu", """{ "name": "on", "steps": [ { "name": "settings", "registration": "open" } ] }""");
        }
    }
}
