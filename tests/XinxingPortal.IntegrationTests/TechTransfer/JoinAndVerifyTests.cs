using System.Net;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Auditing;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.IntegrationTests.TechTransfer;

public sealed class JoinAndVerifyTests(MarketFixture fixture) : IClassFixture<MarketFixture>
{
    [Fact]
    public async Task Registering_creates_a_signed_in_account_and_an_organisation_waiting_for_verification()
    {
        var (client, id) = await fixture.JoinAsync(verified: false);

        var organisation = await fixture.WithDbAsync("Default", db => db.Set<Organisation>().SingleAsync(o => o.Id == id));
        Assert.Equal(VerificationStatus.Pending, organisation.Status);
        Assert.True(File.Exists(Path.Combine(fixture.Factory.AppData, "Sites", "Default", "techtransfer", organisation.LicenceFile!)));
        var workspace = await client.GetStringAsync("/techtransfer/my");
        Assert.Contains(organisation.Name, workspace);
        Assert.DoesNotContain("/techtransfer/my/outcomes/new", workspace);
    }

    [Theory]
    [InlineData("91350100M000100Y44", "check character")]
    [InlineData("91350100M00010", "18 characters")]
    [InlineData("91350100M0001O0Y43", "capital letters other than")]
    public async Task A_bad_credit_code_is_refused_and_nothing_is_stored(string code, string message)
    {
        var user = "bad" + Guid.NewGuid().ToString("N")[..8];
        var before = await CountsAsync();

        var response = await fixture.Factory.Browser().PostMultipartAsync("/en/techtransfer/join", MarketFixture.JoinFields(user, code), ("Licence", "l.png", MarketFixture.LicencePng));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.Contains("field-validation-error", html);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task The_check_character_message_is_in_the_readers_language()
    {
        var response = await fixture.Factory.Browser().PostMultipartAsync("/techtransfer/join",
            MarketFixture.JoinFields("zh" + Guid.NewGuid().ToString("N")[..8], "91350100M000100Y44"), ("Licence", "l.png", MarketFixture.LicencePng));

        Assert.Contains("校验位有误", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("", "请填写单位类型。", "请填写确认密码。")]
    [InlineData("/ug", "ئورۇن تۈرى نى تولدۇرۇڭ.", "پارولنى جەزملەش نى تولدۇرۇڭ.")]
    public async Task The_join_forms_client_side_messages_are_in_the_readers_language(string prefix, string kind, string confirm)
    {
        var html = System.Net.WebUtility.HtmlDecode(await fixture.Factory.Browser().GetStringAsync(prefix + "/techtransfer/join"));

        Assert.Matches("<select[^>]*data-val-required=\"" + System.Text.RegularExpressions.Regex.Escape(kind) + "\"[^>]*name=\"Kind\"", html);
        Assert.Matches("data-val-required=\"" + System.Text.RegularExpressions.Regex.Escape(confirm) + "\"[^>]*name=\"ConfirmPassword\"", html);
        Assert.DoesNotContain("field is required", html);
        Assert.DoesNotContain("data-val-required=\"The ", html);
    }

    [Fact]
    public async Task A_credit_code_registers_once()
    {
        var code = fixture.NextCode();
        var first = await fixture.Factory.Browser().PostMultipartAsync("/techtransfer/join", MarketFixture.JoinFields("dup1" + Guid.NewGuid().ToString("N")[..6], code), ("Licence", "l.png", MarketFixture.LicencePng));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var before = await CountsAsync();

        // Lower case and spaces are how people type it; it is still the same code.
        var second = await fixture.Factory.Browser().PostMultipartAsync("/en/techtransfer/join",
            MarketFixture.JoinFields("dup2" + Guid.NewGuid().ToString("N")[..6], " " + code.ToLowerInvariant()), ("Licence", "l.png", MarketFixture.LicencePng));

        Assert.Contains("already registered", await second.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("licence.pdf", "just text pretending to be a PDF")]
    [InlineData("licence.png", "%PDF-1.7 a PDF named as a PNG")]
    [InlineData("licence.docx", "PK\u0003\u0004 a zip")]
    [InlineData("licence.png", "")]
    public async Task A_licence_that_is_not_an_image_or_PDF_is_refused_and_nothing_is_stored(string name, string content)
    {
        var before = await CountsAsync();
        var files = LicenceFiles();

        var response = await fixture.Factory.Browser().PostMultipartAsync("/techtransfer/join",
            MarketFixture.JoinFields("lic" + Guid.NewGuid().ToString("N")[..8], fixture.NextCode()), ("Licence", name, System.Text.Encoding.UTF8.GetBytes(content)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("field-validation-error", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(files, LicenceFiles());
    }

    [Fact]
    public async Task Markup_in_the_name_is_refused()
    {
        var before = await CountsAsync();
        var fields = MarketFixture.JoinFields("x" + Guid.NewGuid().ToString("N")[..8], fixture.NextCode())
            .Select(f => f.Item1 == "Name" ? ("Name", "<script>alert(1)</script>公司") : f);

        var response = await fixture.Factory.Browser().PostMultipartAsync("/techtransfer/join", fields, ("Licence", "l.png", MarketFixture.LicencePng));

        Assert.Contains("plain text", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Staff_verify_with_an_audit_entry_and_an_email_and_reject_only_with_a_reason()
    {
        var (_, id) = await fixture.JoinAsync(verified: false);
        var (_, other) = await fixture.JoinAsync(verified: false);
        var admin = await fixture.AdminAsync();
        var page = $"/admin/techtransfer/organisations/{id}";
        Assert.Contains("licence", await admin.GetStringAsync(page));
        Assert.Equal("image/png", (await admin.GetAsync(page + "/licence")).Content.Headers.ContentType?.MediaType);

        await admin.PostFormAsync(page, page + "/decide", ("verify", "true"));
        var noReason = await admin.PostFormAsync($"/admin/techtransfer/organisations/{other}", $"/admin/techtransfer/organisations/{other}/decide", ("verify", "false"), ("reason", " "));

        Assert.Equal(HttpStatusCode.Redirect, noReason.StatusCode);
        var (verified, unverified) = await fixture.WithDbAsync("Default", async db =>
            (await db.Set<Organisation>().SingleAsync(o => o.Id == id), await db.Set<Organisation>().SingleAsync(o => o.Id == other)));
        Assert.Equal(VerificationStatus.Verified, verified.Status);
        Assert.Equal(VerificationStatus.Pending, unverified.Status);
        Assert.True(await fixture.WithDbAsync("Default", db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "TechTransfer.Organisation.Verified" && a.Subject.Contains(verified.CreditCode))));
        Assert.Contains("/techtransfer/my", await fixture.MailToAsync("Default", verified.ContactEmail, "/techtransfer/my"));
    }

    [Fact]
    public async Task Moderators_are_mailed_when_a_registration_or_a_listing_waits_for_them()
    {
        var (client, id) = await fixture.JoinAsync();
        var name = await fixture.WithDbAsync("Default", async db => (await db.Set<Organisation>().SingleAsync(o => o.Id == id)).Name);

        // The seeded reviewer holds TechTransfer.Moderate through the Reviewer role; mail goes out in Chinese.
        Assert.Contains($"/admin/techtransfer/organisations/{id}", await fixture.MailToAsync("Default", "reviewer@xinxing.example", name));
        await client.PostFormAsync("/techtransfer/my/demands/new", "/techtransfer/my/demands/new", ListingFlowTests.DemandFields("待审通知测试需求"));
        Assert.Contains("待审核", await fixture.MailToAsync("Default", "reviewer@xinxing.example", "待审通知测试需求"));
    }

    [Fact]
    public async Task Only_staff_reach_the_verification_screens_and_licences()
    {
        var (enterprise, id) = await fixture.JoinAsync();
        var anonymous = fixture.Factory.Browser();
        foreach (var client in new[] { enterprise, anonymous })
        {
            foreach (var url in new[] { "/admin/techtransfer", "/admin/techtransfer/organisations", $"/admin/techtransfer/organisations/{id}", $"/admin/techtransfer/organisations/{id}/licence", "/admin/techtransfer/review" })
            {
                var response = await client.GetAsync(url);
                Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{url}: {response.StatusCode}");
                Assert.Matches("/account/(login|denied)", response.Headers.Location?.ToString() ?? "");
            }
        }
    }

    [Fact]
    public async Task Signing_in_lands_an_enterprise_on_its_workspace_and_staff_in_the_admin()
    {
        var user = "land" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Factory.Browser().PostMultipartAsync("/techtransfer/join", MarketFixture.JoinFields(user, fixture.NextCode()), ("Licence", "l.png", MarketFixture.LicencePng));
        var enterprise = fixture.Factory.Browser();

        var landing = await enterprise.LoginAsync("", user, MarketFixture.Password);

        Assert.Equal("/techtransfer/my", landing.Headers.Location?.ToString());
        var home = await enterprise.GetStringAsync("/");
        Assert.Contains("href=\"/techtransfer/my\"", home);
        Assert.DoesNotContain("href=\"/admin\"", home);
        Assert.Equal("/admin", (await fixture.Factory.Browser().LoginAsync("", "admin", PortalFactory.AdminPassword)).Headers.Location?.ToString());
    }

    private Task<(int Users, int Organisations)> CountsAsync() => fixture.WithDbAsync("Default", async db =>
        (await db.Users.CountAsync(), await db.Set<Organisation>().CountAsync()));

    private string[] LicenceFiles()
    {
        var folder = Path.Combine(fixture.Factory.AppData, "Sites", "Default", "techtransfer");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Order()] : [];
    }
}

public sealed class ResubmitTests(MarketFixture fixture) : IClassFixture<MarketFixture>
{
    [Fact]
    public async Task A_rejected_organisation_corrects_its_details_and_waits_for_verification_again()
    {
        var (client, id) = await fixture.JoinAsync(verified: false);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/techtransfer/my/organisation")).StatusCode);
        await Reject(id);
        var oldLicence = await fixture.WithDbAsync("Default", async db => (await db.Set<Organisation>().SingleAsync(o => o.Id == id)).LicenceFile);

        var forged = await client.PostMultipartAsync("/en/techtransfer/my/organisation", Fields("新名称有限公司"), ("Licence", "new.pdf", "not a pdf"u8.ToArray()));
        Assert.Contains("field-validation-error", await forged.Content.ReadAsStringAsync());
        Assert.Equal(VerificationStatus.Rejected, await StatusAsync(id));

        var response = await client.PostMultipartAsync("/techtransfer/my/organisation", Fields("新名称有限公司"), ("Licence", "new.png", MarketFixture.LicencePng));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var organisation = await fixture.WithDbAsync("Default", db => db.Set<Organisation>().SingleAsync(o => o.Id == id));
        Assert.Equal((VerificationStatus.Pending, "新名称有限公司"), (organisation.Status, organisation.Name));
        Assert.NotEqual(oldLicence, organisation.LicenceFile);
        Assert.True(File.Exists(Path.Combine(fixture.Factory.AppData, "Sites", "Default", "techtransfer", organisation.LicenceFile!)));
    }

    private static (string, string)[] Fields(string name) =>
        [("Name", name), ("ContactName", "王工"), ("ContactMobile", "13900000001"), ("ContactEmail", "fixed@corp.example")];

    private Task<VerificationStatus> StatusAsync(string id) =>
        fixture.WithDbAsync("Default", async db => (await db.Set<Organisation>().SingleAsync(o => o.Id == id)).Status);

    private Task Reject(string id) => fixture.WithDbAsync("Default", async db =>
    {
        var o = await db.Set<Organisation>().SingleAsync(x => x.Id == id);
        o.Status = VerificationStatus.Rejected;
        o.RejectionReason = "执照模糊";
        return await db.SaveChangesAsync();
    });
}
