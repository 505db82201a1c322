using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using XinxingPortal.Abstractions.Media;

namespace XinxingPortal.IntegrationTests.Media;

public sealed class MediaUploadTests(MediaFixture fixture) : IClassFixture<MediaFixture>
{
    [Fact]
    public async Task A_phone_photo_is_turned_upright_stripped_of_its_GPS_and_served_in_three_widths_and_two_formats()
    {
        var photo = TestImages.PhonePhoto();
        Assert.NotNull(Image.Identify(photo).Metadata.ExifProfile?.GetValue(ExifTag.GPSLatitude));
        var editor = await fixture.AsAsync("picture-editor");

        var id = await fixture.UploadNewAsync(editor, "IMG_0001.jpg", photo, "师市科技局大楼正门");

        var image = await GetAsync(id);
        Assert.NotNull(image);
        Assert.Equal("师市科技局大楼正门", image.AltText);
        Assert.Equal((1500, 2000), (image.Width, image.Height));
        Assert.Equal(
            ["320.jpg", "320.webp", "640.jpg", "640.webp", "1280.jpg", "1280.webp"],
            image.Renditions.OrderBy(r => r.Width).ThenBy(r => r.Format, StringComparer.Ordinal).Select(r => $"{r.Width}.{r.Format}"));
        Assert.Equal($"/media/{id}/320.webp 320w, /media/{id}/640.webp 640w, /media/{id}/1280.webp 1280w", image.Srcset("webp"));
        Assert.Equal($"/kepu/media/{id}/640.jpg", image.Src(p => "/kepu" + p, 500));

        var anonymous = fixture.Factory.Browser();
        var head = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/kepu/media/{id}/640.webp"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("image/webp", head.Content.Headers.ContentType?.MediaType);
        foreach (var rendition in image.Renditions)
        {
            var response = await anonymous.GetAsync(MediaFixture.Prefix + rendition.Path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            Assert.Equal(rendition.Format == "webp" ? "image/webp" : "image/jpeg", response.Content.Headers.ContentType?.MediaType);

            var bytes = await response.Content.ReadAsByteArrayAsync();
            using var served = Image.Load<Rgba32>(bytes, out var format);
            Assert.Equal(rendition.Format == "webp" ? WebpFormat.Instance : JpegFormat.Instance, format);
            Assert.Equal((rendition.Width, image.HeightAt(rendition.Width)), (served.Width, served.Height));
            Assert.Null(served.Metadata.ExifProfile?.GetValue(ExifTag.GPSLatitude));
            Assert.Null(served.Metadata.ExifProfile?.GetValue(ExifTag.GPSLongitude));
            Assert.Null(served.Metadata.XmpProfile);
            Assert.DoesNotContain(TestImages.CameraModel, Encoding.Latin1.GetString(bytes));
            Assert.DoesNotContain("Exif\0\0", Encoding.Latin1.GetString(bytes));
        }
    }

    [Fact]
    public async Task A_small_image_is_never_enlarged_and_keeps_its_own_width()
    {
        var editor = await fixture.AsAsync("picture-editor");

        var png = await GetAsync(await fixture.UploadNewAsync(editor, "logo.png", TestImages.HalfTransparentPng(500, 300), "新星市科学技术局标志"));
        var webp = await GetAsync(await fixture.UploadNewAsync(editor, "icon.webp", TestImages.Webp(200, 100), "科普图标"));

        Assert.Equal([320, 320, 500, 500], png!.Renditions.Select(r => r.Width).Order());
        Assert.Equal([200, 200], webp!.Renditions.Select(r => r.Width));
        Assert.Equal((200, 100), (webp.Width, webp.Height));
    }

    [Fact]
    public async Task Transparency_stays_in_WebP_and_turns_white_in_JPEG()
    {
        var editor = await fixture.AsAsync("picture-editor");
        var image = await GetAsync(await fixture.UploadNewAsync(editor, "half.png", TestImages.HalfTransparentPng(400, 200), "半透明示意图"));

        using var webp = Image.Load<Rgba32>(await fixture.Factory.Browser().GetByteArrayAsync($"/kepu/media/{image!.Id}/400.webp"));
        using var jpeg = Image.Load<Rgba32>(await fixture.Factory.Browser().GetByteArrayAsync($"/kepu/media/{image.Id}/400.jpg"));

        Assert.True(webp[10, 100].A < 16, $"WebP alpha {webp[10, 100].A}");
        Assert.True(jpeg[10, 100] is { R: > 240, G: > 240, B: > 240 }, $"JPEG pixel {jpeg[10, 100]}");
        Assert.True(jpeg[390, 100] is { R: < 40, G: > 120, B: < 100 }, $"JPEG pixel {jpeg[390, 100]}");
    }

    [Fact]
    public async Task An_image_exactly_at_the_caps_is_accepted()
    {
        var editor = await fixture.AsAsync("picture-editor");
        var photo = TestImages.Jpeg(10_000, 4_000);
        Assert.True(photo.Length < 10 * 1024 * 1024, $"the photo is {photo.Length} bytes");

        var image = await GetAsync(await fixture.UploadNewAsync(editor, "panorama.jpg", photo, "师市全景"));

        Assert.Equal((10_000, 4_000), (image!.Width, image.Height));
        Assert.Equal([320, 640, 1280], image.Renditions.Select(r => r.Width).Distinct().Order());
    }

    [Fact]
    public async Task Other_modules_get_images_by_id_in_the_order_asked()
    {
        var editor = await fixture.AsAsync("picture-editor");
        var first = await fixture.UploadNewAsync(editor, "a.webp", TestImages.Webp(100, 100), "第一张");
        var second = await fixture.UploadNewAsync(editor, "b.webp", TestImages.Webp(120, 100), "第二张");

        await using var scope = await fixture.Factory.TenantScopeAsync(MediaFixture.Tenant);
        var library = scope.ServiceProvider.GetRequiredService<IMediaLibrary>();
        var found = await library.GetManyAsync([second, "no-such-id", new string('0', 32), first, "../../etc/passwd"], CancellationToken.None);

        Assert.Equal([second, first], found.Select(i => i.Id));
        Assert.Equal(["第二张", "第一张"], found.Select(i => i.AltText));
        Assert.Null(await library.GetAsync("../../etc/passwd", CancellationToken.None));
    }

    private async Task<MediaImage?> GetAsync(string id)
    {
        await using var scope = await fixture.Factory.TenantScopeAsync(MediaFixture.Tenant);
        return await scope.ServiceProvider.GetRequiredService<IMediaLibrary>().GetAsync(id, CancellationToken.None);
    }
}
