using System.IO.Compression;
using System.Net;
using System.Text;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Policies;

public sealed class ValidityAndInputTests(PolicyFixture fixture) : IClassFixture<PolicyFixture>
{
    [Fact]
    public async Task A_repealed_policy_stays_online_with_a_banner_on_it_and_on_its_interpretation()
    {
        var checker = await fixture.AsAsync("checker");
        var writer = await fixture.AsAsync("writer");
        var replacement = await PolicyForms.CreateAsync(writer, PolicyForms.Notice("replacement", "替代文件"));
        await PolicyForms.ActAsync(writer, replacement, "submit");
        await PolicyForms.ActAsync(checker, replacement, "approve");
        var replacementSet = replacement[(replacement.LastIndexOf('/') + 1)..];

        await PolicyForms.ActAsync(checker, "/admin/policies/policy-plan-2022-12", "validity",
            ("validity", "Repealed"), ("changedOn", "2026-10-01"), ("replacedBy", replacementSet));

        var policy = await fixture.Factory.Browser().GetAsync("/policies/plan-2022-12");
        Assert.Equal(HttpStatusCode.OK, policy.StatusCode);
        var html = await policy.Content.ReadAsStringAsync();
        Assert.Contains("validity-banner", html);
        Assert.Contains("2026-10-01", html);
        Assert.Contains("href=\"/policies/replacement\"", html);
        Assert.Contains("validity-banner", await fixture.Factory.Browser().GetStringAsync("/policies/interpretation-plan-2022-12"));
        Assert.Contains("validity-banner", await fixture.Factory.Browser().GetStringAsync("/ug/policies/plan-2022-12"));
        Assert.Contains("href=\"/policies/plan-2022-12\"", await fixture.Factory.Browser().GetStringAsync("/policies?validity=repealed"));

        await PolicyForms.ActAsync(checker, "/admin/policies/policy-plan-2022-12", "validity", ("validity", "Valid"), ("changedOn", ""), ("replacedBy", ""));
        Assert.DoesNotContain("validity-banner", await fixture.Factory.Browser().GetStringAsync("/policies/plan-2022-12"));
    }

    [Fact]
    public async Task Hostile_markdown_and_titles_leave_no_script_on_the_page()
    {
        var writer = await fixture.AsAsync("writer");
        var checker = await fixture.AsAsync("checker");
        var fields = PolicyForms.Notice("hostile", "<script>alert('t')</script>标题",
            "正文<script>alert(1)</script><img src=x onerror=alert(2)>[链接](javascript:alert(3))<a href=\"javascript:alert(4)\" onclick=\"x()\">a</a>");
        var edit = await PolicyForms.CreateAsync(writer, fields);
        await PolicyForms.ActAsync(writer, edit, "submit");
        await PolicyForms.ActAsync(checker, edit, "approve");

        foreach (var url in new[] { "/policies/hostile", "/policies?type=notice", "/policies/feed/notice.atom" })
        {
            var html = await fixture.Factory.Browser().GetStringAsync(url);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("onerror=", html);
            Assert.DoesNotContain("onclick", html);
            Assert.DoesNotContain("javascript:", html);
        }
    }

    [Fact]
    public async Task Bad_fields_get_messages_in_the_users_language_and_nothing_is_saved()
    {
        var writer = await fixture.AsAsync("writer");
        var fields = new (string, string)[]
        {
            ("Type", "Interpretation"), ("Title", ""), ("Slug", "bad-input"), ("Culture", "zh-CN"), ("DocumentNumber", "师市办发[2022]12号"),
            ("IssuingAgency", ""), ("WrittenOn", ""), ("TopicCode", ""), ("Keywords", ""), ("Interprets", ""), ("Body", "保留我写的正文"),
        };
        var response = await writer.PostFormAsync("/admin/policies/create", "/admin/policies/create", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请输入标题。", html);
        Assert.Contains("保留我写的正文", html);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(html, "field-validation-error").Count - 1);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.Browser().GetAsync("/policies/bad-input")).StatusCode);
    }

    [Fact]
    public async Task A_recipe_with_a_wrong_document_number_names_the_field()
    {
        var ex = await Assert.ThrowsAsync<RecipeException>(() => fixture.Factory.RunJsonAsync("Default", """
            { "name": "bad-policy", "steps": [ { "name": "policies", "documents": [ {
              "contentItemId": "x", "culture": "zh-CN", "type": "policy", "slug": "x", "title": "x", "issuingAgency": "x",
              "writtenOn": "2022-01-01", "body": "x", "documentNumber": "师市办发(2022)12号" } ] } ] }
            """));
        Assert.Equal("$.steps[0].documents[0].documentNumber", ex.JsonPath);
    }

    [Fact]
    public async Task A_recipe_interpretation_without_its_policy_is_refused()
    {
        var ex = await Assert.ThrowsAsync<RecipeException>(() => fixture.Factory.RunJsonAsync("Default", """
            { "name": "bad-policy", "steps": [ { "name": "policies", "documents": [ {
              "contentItemId": "y", "culture": "zh-CN", "type": "interpretation", "slug": "y", "title": "y", "issuingAgency": "y",
              "writtenOn": "2022-01-01", "body": "y" } ] } ] }
            """));
        Assert.Equal("$.steps[0].documents[0].interprets", ex.JsonPath);
    }

    [Fact]
    public async Task A_real_PDF_is_attached_and_downloaded_with_its_type_and_name()
    {
        var writer = await fixture.AsAsync("writer");
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        var response = await UploadAsync(writer, "/admin/policies/policy-plan-2022-12", "规划全文.pdf", pdf);
        Assert.Contains("alert-success", await PolicyForms.MessageAfterAsync(writer, response));

        var page = await fixture.Factory.Browser().GetStringAsync("/policies/plan-2022-12");
        var link = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/policies/plan-2022-12/attachments/\\d+)\"").Groups[1].Value;
        Assert.Contains("PDF", page);
        var download = await fixture.Factory.Browser().GetAsync(link);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("规划全文.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_real_DOCX_is_accepted_by_its_content()
    {
        var writer = await fixture.AsAsync("writer");
        var response = await UploadAsync(writer, "/admin/policies/notice-2026-kepu-week", "活动安排.docx", ZipWith("word/document.xml"));
        Assert.Contains("alert-success", await PolicyForms.MessageAfterAsync(writer, response));
    }

    [Theory]
    [InlineData("forged.pdf", "MZ this is an executable")]
    [InlineData("renamed.docx", "%PDF-1.4 a pdf pretending")]
    [InlineData("script.xlsx", "<script>alert(1)</script>")]
    public async Task A_file_that_is_not_what_its_name_says_is_refused_and_not_stored(string name, string content)
    {
        var writer = await fixture.AsAsync("writer");
        var response = await UploadAsync(writer, "/admin/policies/notice-2026-lab-sharing", name, Encoding.UTF8.GetBytes(content));
        Assert.Contains("alert-danger", await PolicyForms.MessageAfterAsync(writer, response));
        Assert.DoesNotContain(name, await fixture.Factory.Browser().GetStringAsync("/policies/notice-2026-lab-sharing"));
    }

    [Fact]
    public async Task A_file_over_the_cap_is_refused_with_a_message()
    {
        var writer = await fixture.AsAsync("writer");
        var big = new byte[21 * 1024 * 1024];
        "%PDF-"u8.CopyTo(big);
        var response = await UploadAsync(writer, "/admin/policies/notice-2026-lab-sharing", "big.pdf", big);
        Assert.Contains("20 MB", await PolicyForms.MessageAfterAsync(writer, response));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string edit, string fileName, byte[] data)
    {
        var token = await client.AntiforgeryTokenAsync(edit);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(data), "file", fileName },
        };
        return await client.PostAsync(edit + "/attachments", form);
    }

    private static byte[] ZipWith(string part)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry(part);
        }

        return buffer.ToArray();
    }
}
