using XinxingPortal.Abstractions.Workflow;
using System.Net;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.IntegrationTests.Media;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.IntegrationTests.TechTransfer;

public sealed class OutcomeTests(MarketFixture fixture) : IClassFixture<MarketFixture>
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();

    public static (string, string)[] OutcomeFields(string title, params (string, string)[] overrides)
    {
        var fields = new Dictionary<string, string>
        {
            ["Title"] = title, ["Field"] = "CoalChemical", ["Keywords"] = "煤焦油、加氢、中试", ["Trl"] = "7", ["Modes"] = "Licence",
            ["Patents"] = "ZL202110123456.7", ["PriceWan"] = "300", ["Summary"] = "煤焦油全馏分加氢制清洁燃料的成套工艺。", ["Indicators"] = "液收率≥96%",
            ["Holder"] = "师农科院", ["ContactName"] = "张研究员", ["ContactPhone"] = "0902-7654321", ["ContactEmail"] = "outcome@lab.example",
        };
        foreach (var (k, v) in overrides)
        {
            fields[k] = v;
        }

        return [.. fields.Select(f => (f.Key, f.Value))];
    }

    [Fact]
    public async Task An_outcome_with_an_image_and_a_PDF_is_public_once_approved_and_its_file_downloads()
    {
        var (poster, organisation) = await fixture.JoinAsync();
        var title = "加氢成果 " + Guid.NewGuid().ToString("N")[..6];

        var response = await poster.PostMultipartAsync("/techtransfer/my/outcomes/new", OutcomeFields(title),
            ("Images", "pilot.jpg", TestImages.Jpeg(800, 600)), ("Attachments", "report.pdf", Pdf));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var outcome = await fixture.WithDbAsync("Default", db => db.Set<Outcome>().SingleAsync(o => o.Title == title));
        Assert.Equal((ReviewState.InReview, 7, 3_000_000L, 1), (outcome.Status, outcome.Trl, outcome.PriceYuan!.Value, outcome.ImageIds.Count));
        Assert.Equal(["煤焦油", "加氢", "中试"], outcome.Keywords);
        var file = await fixture.WithDbAsync("Default", db => db.Set<Attachment>().SingleAsync(a => a.OwnerId == outcome.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.Browser().GetAsync($"/techtransfer/outcomes/{outcome.Id}/files/{file.Id}")).StatusCode);

        var admin = await fixture.AdminAsync();
        await admin.PostFormAsync($"/admin/techtransfer/review/Outcome/{outcome.Id}", $"/admin/techtransfer/review/Outcome/{outcome.Id}", ("decision", "Approved"));

        var page = await fixture.Factory.Browser().GetStringAsync($"/techtransfer/outcomes/{outcome.Id}");
        Assert.Contains("\"@type\":\"Product\"", page);
        Assert.Contains("<picture>", page);
        Assert.Contains("ZL202110123456.7", page);
        var download = await fixture.Factory.Browser().GetAsync($"/techtransfer/outcomes/{outcome.Id}/files/{file.Id}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Contains(title, await fixture.Factory.Browser().GetStringAsync("/techtransfer/outcomes?trl=7&mode=Licence&price=300&field=CoalChemical"));
        Assert.DoesNotContain(title, await fixture.Factory.Browser().GetStringAsync("/techtransfer/outcomes?trl=8"));
        Assert.DoesNotContain(title, await fixture.Factory.Browser().GetStringAsync("/techtransfer/outcomes?price=299"));
        Assert.Equal(organisation, outcome.OrganisationId);
    }

    [Theory]
    [InlineData("Trl", "0", "from 1 to 9")]
    [InlineData("Trl", "10", "from 1 to 9")]
    [InlineData("Keywords", "甲、乙、丙、丁", "at most three")]
    [InlineData("PriceWan", "-1", "from 0 up")]
    [InlineData("Summary", "<script>alert(1)</script>", "plain text")]
    [InlineData("Indicators", "<iframe src=//evil.example>", "plain text")]
    public async Task A_bad_outcome_gets_a_field_message_and_stores_nothing(string field, string value, string message)
    {
        var (poster, organisation) = await fixture.JoinAsync();

        var response = await poster.PostMultipartAsync("/en/techtransfer/my/outcomes/new", OutcomeFields("坏成果", (field, value)));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.Contains("field-validation-error", html);
        Assert.False(await fixture.WithDbAsync("Default", db => db.Set<Outcome>().AnyAsync(o => o.OrganisationId == organisation)));
    }

    [Theory]
    [InlineData("Attachments", "report.pdf", "not really a pdf")]
    [InlineData("Attachments", "macro.docm", "PK\u0003\u0004")]
    [InlineData("Images", "photo.jpg", "GIF89a not a jpeg")]
    public async Task A_forged_file_is_refused_and_nothing_is_stored(string field, string name, string content)
    {
        var (poster, organisation) = await fixture.JoinAsync();
        var mediaRows = await fixture.WithDbAsync("Default", db => db.Set<XinxingPortal.Media.Data.MediaItem>().CountAsync());

        var response = await poster.PostMultipartAsync("/techtransfer/my/outcomes/new", OutcomeFields("伪造文件", []), (field, name, System.Text.Encoding.UTF8.GetBytes(content)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("field-validation-error", await response.Content.ReadAsStringAsync());
        Assert.False(await fixture.WithDbAsync("Default", db => db.Set<Outcome>().AnyAsync(o => o.OrganisationId == organisation)));
        Assert.Equal(mediaRows, await fixture.WithDbAsync("Default", db => db.Set<XinxingPortal.Media.Data.MediaItem>().CountAsync()));
    }

    [Fact]
    public async Task Nobody_edits_another_organisations_outcome()
    {
        var (owner, _) = await fixture.JoinAsync();
        var (other, _) = await fixture.JoinAsync();
        var title = "他人成果 " + Guid.NewGuid().ToString("N")[..6];
        await owner.PostMultipartAsync("/techtransfer/my/outcomes/new", OutcomeFields(title));
        var id = await fixture.WithDbAsync("Default", async db => (await db.Set<Outcome>().SingleAsync(o => o.Title == title)).Id);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/techtransfer/my/outcomes/{id}/edit")).StatusCode);
        var token = await other.AntiforgeryTokenAsync("/techtransfer/my");
        var post = await other.PostAsync($"/techtransfer/my/outcomes/{id}/edit", new FormUrlEncodedContent(
            OutcomeFields("被篡改").Append(("__RequestVerificationToken", token)).Select(f => KeyValuePair.Create(f.Item1, f.Item2))));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(title, await fixture.WithDbAsync("Default", async db => (await db.Set<Outcome>().SingleAsync(o => o.Id == id)).Title));
    }
}

public sealed class OutcomeFileEditTests(MarketFixture fixture) : IClassFixture<MarketFixture>
{
    private static readonly byte[] Pdf = "%PDF-1.7\n%%EOF"u8.ToArray();

    [Fact]
    public async Task Editing_removes_chosen_files_and_keeps_the_limit_of_three()
    {
        var (poster, _) = await fixture.JoinAsync();
        var title = "附件编辑 " + Guid.NewGuid().ToString("N")[..6];
        await poster.PostMultipartAsync("/techtransfer/my/outcomes/new", OutcomeTests.OutcomeFields(title),
            ("Attachments", "a.pdf", Pdf), ("Attachments", "b.pdf", Pdf), ("Attachments", "c.pdf", Pdf), ("Images", "p.jpg", Media.TestImages.Jpeg(400, 300)));
        var outcome = await fixture.WithDbAsync("Default", db => db.Set<Outcome>().SingleAsync(o => o.Title == title));
        var files = await fixture.WithDbAsync("Default", db => db.Set<Attachment>().Where(a => a.OwnerId == outcome.Id).OrderBy(a => a.FileName).ToListAsync());
        var edit = $"/en/techtransfer/my/outcomes/{outcome.Id}/edit";
        Assert.Contains("remove-file-" + files[0].Id, await poster.GetStringAsync(edit));

        var tooMany = await poster.PostMultipartAsync(edit, OutcomeTests.OutcomeFields(title), ("Attachments", "d.pdf", Pdf));
        Assert.Contains("at most 3", await tooMany.Content.ReadAsStringAsync());

        var response = await poster.PostMultipartAsync(edit,
            OutcomeTests.OutcomeFields(title, ("RemoveAttachments", files[0].Id), ("RemoveImages", outcome.ImageIds[0])), ("Attachments", "d.pdf", Pdf));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var left = await fixture.WithDbAsync("Default", db => db.Set<Attachment>().Where(a => a.OwnerId == outcome.Id).Select(a => a.FileName).OrderBy(n => n).ToListAsync());
        Assert.Equal(["b.pdf", "c.pdf", "d.pdf"], left);
        Assert.False(File.Exists(Path.Combine(fixture.Factory.AppData, "Sites", "Default", "techtransfer", files[0].Id)));
        Assert.Empty(await fixture.WithDbAsync("Default", async db => (await db.Set<Outcome>().SingleAsync(o => o.Id == outcome.Id)).ImageIds));
    }
}
