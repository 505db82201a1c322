using System.Net;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests;

public sealed class PagesAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> AdminAsync()
    {
        var client = factory.Browser();
        await client.LoginAsync("/kepu", "admin", PortalFactory.AdminPassword);
        return client;
    }

    [Fact]
    public async Task An_editor_creates_publishes_and_translates_a_page_and_hostile_markup_is_removed()
    {
        var client = await AdminAsync();
        var created = await client.PostFormAsync("/kepu/admin/pages/create", "/kepu/admin/pages/create",
            ("Title", "活动须知"), ("Slug", "notice"), ("Culture", "zh-CN"),
            ("Body", "## 须知\n\n请准时到场。<script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Browser().GetAsync("/kepu/pages/notice")).StatusCode);

        await client.PostFormAsync(edit, edit + "/publish");
        var html = await factory.Browser().GetStringAsync("/kepu/pages/notice");
        Assert.Contains("请准时到场。", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("javascript:", html);

        var translated = await client.PostFormAsync(edit, edit + "/translate", ("culture", "ug"));
        var ugEdit = translated.Headers.Location!.OriginalString;
        Assert.NotEqual(edit, ugEdit);
        await client.PostFormAsync(ugEdit, ugEdit, ("Title", "ئۇقتۇرۇش"), ("Slug", "notice"), ("Body", "ۋاقتىدا كېلىڭ."));
        await client.PostFormAsync(ugEdit, ugEdit + "/publish");
        var uyghur = await factory.Browser().GetStringAsync("/kepu/ug/pages/notice");
        Assert.Contains("ۋاقتىدا كېلىڭ.", uyghur);
        Assert.Contains("href=\"/kepu/pages/notice\"", uyghur);
    }

    [Fact]
    public async Task A_bad_page_form_gets_field_messages_and_keeps_what_was_typed()
    {
        var client = await AdminAsync();
        var response = await client.PostFormAsync("/kepu/admin/pages/create", "/kepu/admin/pages/create",
            ("Title", ""), ("Slug", "Not A Slug"), ("Culture", "fr"), ("Body", "保留这段文字"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请输入标题。", html);
        Assert.Contains("保留这段文字", html);
    }

    [Fact]
    public async Task Two_pages_in_one_language_cannot_share_an_address()
    {
        var client = await AdminAsync();
        var response = await client.PostFormAsync("/kepu/admin/pages/create", "/kepu/admin/pages/create",
            ("Title", "重复"), ("Slug", "about"), ("Culture", "zh-CN"), ("Body", "正文"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("该语言下已有其他页面使用此地址。", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unpublishing_without_a_reason_is_refused()
    {
        var client = await AdminAsync();
        var edit = "/kepu/admin/pages/kepu-page-privacy-zh-CN";
        await client.PostFormAsync(edit, edit + "/unpublish", ("reason", ""));
        Assert.Equal(HttpStatusCode.OK, (await factory.Browser().GetAsync("/kepu/pages/privacy")).StatusCode);
    }
}
