using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.IntegrationTests.Media;

public sealed class MediaAdminTests(MediaFixture fixture) : IClassFixture<MediaFixture>
{
    [Fact]
    public async Task An_editor_sees_the_upload_in_the_media_library_with_its_alt_text_and_renditions()
    {
        var editor = await fixture.AsAsync("picture-editor");
        var id = await fixture.UploadNewAsync(editor, "kepu-week.webp", TestImages.Webp(800, 400), "2026年科技活动周开幕式");

        var html = await editor.GetStringAsync("/kepu/admin/media");

        Assert.Contains("href=\"/kepu/admin/media\"", html);
        Assert.Contains("替代文本：<bdi>2026年科技活动周开幕式</bdi>", html);
        Assert.Contains("alt=\"2026年科技活动周开幕式\"", html);
        Assert.Contains($"src=\"/kepu/media/{id}/320.jpg\"", html);
        Assert.Contains($"/kepu/media/{id}/320.webp 320w, /kepu/media/{id}/640.webp 640w, /kepu/media/{id}/800.webp 800w", html);
        Assert.Contains("kepu-week.webp", html);
        Assert.Contains("媒体库", await editor.GetStringAsync("/kepu/admin"));
    }

    [Fact]
    public async Task Deleting_asks_first_then_removes_the_row_and_every_file()
    {
        var editor = await fixture.AsAsync("picture-editor");
        var id = await fixture.UploadNewAsync(editor, "old.webp", TestImages.Webp(700, 350), "旧图片");
        Assert.True(Directory.Exists(Path.Combine(fixture.MediaFolder, id)));

        var confirm = await editor.GetAsync($"/kepu/admin/media/{id}/delete");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("无法恢复", await confirm.Content.ReadAsStringAsync());
        Assert.Contains(id, await fixture.IdsAsync());

        var deleted = await editor.PostFormAsync($"/kepu/admin/media/{id}/delete", $"/kepu/admin/media/{id}/delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("图片已删除。", await editor.GetStringAsync(deleted.Headers.Location!.OriginalString));
        Assert.DoesNotContain(id, await fixture.IdsAsync());
        Assert.False(Directory.Exists(Path.Combine(fixture.MediaFolder, id)));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.Browser().GetAsync($"/kepu/media/{id}/320.webp")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/kepu/admin/media/{id}/delete")).StatusCode);
    }

    [Fact]
    public async Task A_user_without_the_media_permission_is_turned_away()
    {
        var member = await fixture.AsAsync("member");

        var list = await member.GetAsync("/kepu/admin/media");

        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Contains("/account/denied", list.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await fixture.Factory.Browser().GetAsync("/kepu/admin/media")).StatusCode);
    }

    /// <summary>Malformed or unknown ids, widths and formats, and ways out of the item's folder toward a file that exists.</summary>
    public static TheoryData<string> BadAddresses() =>
    [
        "/kepu/media/../../etc/passwd",
        "/kepu/media/..%2F..%2F..%2Fetc%2Fpasswd/320.jpg",
        "/kepu/media/%2e%2e/320.jpg",
        "/kepu/media/.%2e/.%2e/320.jpg",
        "/kepu/media/{id}/..%2F320.jpg",
        "/kepu/media/{id}/..%2F..%2F320.jpg",
        "/kepu/media/{id}/..%5C..%5C320.jpg",
        "/kepu/media/{id}%2F..%2F..%2F/320.jpg",
        "/kepu/media/{ID}/320.webp",
        "/kepu/media/{id}/320.png",
        "/kepu/media/{id}/0320.webp",
        "/kepu/media/{id}/+320.webp",
        "/kepu/media/{id}/321.webp",
        "/kepu/media/{id}/320.webp.tmp",
        "/kepu/media/{id}/320.WEBP",
        "/kepu/media/{id}/320",
        "/kepu/media/{id}",
        "/kepu/media/00000000000000000000000000000000/320.webp",
        "/kepu/media/{id}x/320.webp",
    ];

    [Theory]
    [MemberData(nameof(BadAddresses))]
    public async Task Unknown_and_malformed_media_addresses_are_404(string address)
    {
        var editor = await fixture.AsAsync("picture-editor");
        var id = await fixture.UploadNewAsync(editor, "x.webp", TestImages.Webp(400, 300), "测试");
        await File.WriteAllTextAsync(Path.Combine(fixture.MediaFolder, "320.jpg"), "outside the item's folder");
        await File.WriteAllTextAsync(Path.Combine(fixture.MediaFolder, "..", "320.jpg"), "outside the media folder");

        var response = await fixture.Factory.Browser().GetAsync(address.Replace("{id}", id).Replace("{ID}", id.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.Browser().GetAsync($"/kepu/media/{id}/320.webp")).StatusCode);
    }

    /// <summary>
    /// HttpClient and Kestrel remove dot segments before routing; the test server does not, so these reach the
    /// endpoint as written, the way a proxy that forwards raw paths would deliver them.
    /// </summary>
    [Theory]
    [InlineData("/kepu/media/../320.jpg")]
    [InlineData("/kepu/media/./320.jpg")]
    [InlineData("/kepu/media/{id}/..")]
    public async Task Dot_segments_that_reach_the_endpoint_do_not_leave_the_items_folder(string rawPath)
    {
        var editor = await fixture.AsAsync("picture-editor");
        var id = await fixture.UploadNewAsync(editor, "x.webp", TestImages.Webp(400, 300), "测试");
        await File.WriteAllTextAsync(Path.Combine(fixture.MediaFolder, "320.jpg"), "outside the item's folder");
        await File.WriteAllTextAsync(Path.Combine(fixture.MediaFolder, "..", "320.jpg"), "outside the media folder");

        var context = await fixture.Factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = rawPath.Replace("{id}", id);
        });

        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
    }

    [Fact]
    public async Task A_tenant_without_the_feature_has_no_media_library()
    {
        await fixture.Factory.Services.GetRequiredService<TenantAdministration>().CreateAsync(
            fixture.Factory.NewTenant("plainsite", "plainsite"), new AdminAccount("plainadmin", "plain@xinxing.example", "Plain-Admin-Pass-2026"));
        var editor = await fixture.AsAsync("picture-editor");
        var id = await fixture.UploadNewAsync(editor, "y.webp", TestImages.Webp(400, 300), "测试");
        var admin = fixture.Factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("/plainsite", "plainadmin", "Plain-Admin-Pass-2026")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/plainsite/admin/media")).StatusCode);
        Assert.DoesNotContain("/plainsite/admin/media", await admin.GetStringAsync("/plainsite/admin"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/plainsite/media/{id}/320.webp")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/kepu/media/{id}/320.webp")).StatusCode);
    }
}
