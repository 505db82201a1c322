using System.Net;
using XinxingPortal.IntegrationTests.TechTransfer;
using XinxingPortal.Platform.Auditing;

namespace XinxingPortal.IntegrationTests;

/// <summary>The admin home's recent activity: actions in the reader's language, Beijing time, a link to the item.</summary>
public sealed class AdminActivityTests(MarketFixture fixture) : IClassFixture<MarketFixture>
{
    private static readonly DateTime At = new(2026, 6, 16, 2, 5, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("", "审核通过科技成果", "上传图片")]
    [InlineData("/ug", "نەتىجە تەستىقلاندى", "رەسىم يۈكلەندى")]
    [InlineData("/en", "Approved an outcome", "Uploaded an image")]
    public async Task Actions_are_named_in_the_readers_language_at_Beijing_time_with_a_link_to_the_item(string prefix, string approved, string uploaded)
    {
        await RecordAsync();

        var html = WebUtility.HtmlDecode(await (await fixture.AdminAsync()).GetStringAsync(prefix + "/admin"));

        var approval = Row(html, "TechTransfer.Outcome.Approved");
        Assert.Contains(approved, approval);
        Assert.Contains("2026-06-16 10:05", approval);
        Assert.DoesNotContain("UTC", approval);
        Assert.Contains($"href=\"{prefix}/admin/techtransfer/review/Outcome/outcome-coal-tar-hydrogenation\"", approval);

        var upload = Row(html, "media.upload");
        Assert.Contains(uploaded, upload);
        Assert.Contains($"href=\"{prefix}/admin/media\"", upload);
        Assert.DoesNotContain(">media.upload<", html);

        var unknown = Row(html, "TechTransfer.Outcome.Withdrawn");
        Assert.Contains("TechTransfer: outcome withdrawn", unknown);
        Assert.DoesNotContain("href", unknown);
    }

    private Task RecordAsync() => fixture.WithDbAsync("Default", db =>
    {
        db.Set<AuditEntry>().AddRange(
            new AuditEntry { AtUtc = At, User = "admin", Action = "TechTransfer.Outcome.Approved", Subject = "outcome-coal-tar-hydrogenation" },
            new AuditEntry { AtUtc = At, User = "admin", Action = "media.upload", Subject = "Media:42", Detail = "photo.jpg" },
            new AuditEntry { AtUtc = At, User = "admin", Action = "TechTransfer.Outcome.Withdrawn", Subject = "outcome-x" });
        return db.SaveChangesAsync();
    });

    private static string Row(string html, string action)
    {
        var start = html.IndexOf($"<tr data-action=\"{action}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for {action}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
