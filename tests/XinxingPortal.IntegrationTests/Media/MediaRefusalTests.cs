using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Media;
using XinxingPortal.Media.Processing;
using XinxingPortal.Media.Storage;

namespace XinxingPortal.IntegrationTests.Media;

/// <summary>Bad input is refused with a message in the editor's language and leaves no file and no row behind.</summary>
public sealed class MediaRefusalTests(MediaFixture fixture) : IClassFixture<MediaFixture>
{
    public static TheoryData<string, string, string> NotImages() => new()
    {
        { "photo.jpg", "text", "只能上传 JPEG、PNG 和 WebP 格式的图片。" },
        { "animation.png", "gif", "只能上传 JPEG、PNG 和 WebP 格式的图片。" },
        { "empty.webp", "empty", "文件内容为空。" },
    };

    [Theory]
    [MemberData(nameof(NotImages))]
    public async Task A_file_that_is_not_an_accepted_image_is_refused_whatever_its_name(string fileName, string kind, string message)
    {
        var data = kind switch
        {
            "text" => TestImages.TextFile(),
            "gif" => TestImages.Gif(),
            _ => [],
        };

        await AssertRefusedAsync(fileName, data, "说明文字", message);
    }

    [Fact]
    public async Task A_form_without_a_file_asks_for_one()
    {
        var editor = await fixture.AsAsync("picture-editor");
        var before = await fixture.StateAsync();

        var response = await editor.PostFormAsync("/kepu/admin/media", "/kepu/admin/media", ("altText", "说明文字"));

        Assert.Contains("请选择要上传的图片。", await response.Content.ReadAsStringAsync());
        MediaFixture.AssertUnchanged(before, await fixture.StateAsync());
    }

    [Fact]
    public async Task A_20000_by_20000_PNG_is_refused_by_its_header_before_decoding()
    {
        var png = TestImages.PngClaiming(20_000, 20_000);
        Assert.Equal((20_000, 20_000), (Image.Identify(png).Width, Image.Identify(png).Height));

        // Its data is 64 zero bytes: had it been decoded, the refusal would say the image is damaged, not too large.
        await AssertRefusedAsync("huge.png", png, "超大图片", "图片尺寸过大：每边不超过 10000 像素，总计不超过 4000 万像素。");
    }

    [Fact]
    public async Task A_decompression_bomb_within_the_side_limit_is_refused_by_its_pixel_count()
    {
        var bomb = TestImages.PngBomb(9_000);
        Assert.True(bomb.Length < 64 * 1024, $"the bomb is {bomb.Length} bytes");
        Assert.Equal(9_000, Image.Identify(bomb).Width);

        await AssertRefusedAsync("bomb.png", bomb, "压缩炸弹", "图片尺寸过大：每边不超过 10000 像素，总计不超过 4000 万像素。");
    }

    public static TheoryData<string> MetadataBombs() => ["png-text", "webp-exif"];

    /// <summary>Valid images whose metadata would make ImageSharp 2.1 allocate gigabytes if it were read.</summary>
    [Theory]
    [MemberData(nameof(MetadataBombs))]
    public async Task An_image_whose_metadata_claims_gigabytes_is_processed_without_reading_it(string kind)
    {
        var bomb = kind == "png-text" ? TestImages.PngWithTextBomb(100) : TestImages.WebpWithExifClaimingTwoGigabytes();
        Assert.True(bomb.Length < 256 * 1024, $"the file is {bomb.Length} bytes");

        // Identify runs before the first await, so what it allocates is counted on this thread.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var processing = ImageProcessor.ProcessAsync(bomb, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var processed = await processing;

        Assert.True(allocated < 64 * 1024 * 1024, $"{allocated / 1024 / 1024} MB allocated");
        Assert.Equal((10, 10), (processed.Width, processed.Height));
        Assert.Equal(["10.webp", "10.jpg"], processed.Files.Select(f => f.FileName));
    }

    [Fact]
    public async Task A_JPEG_claiming_60000_pixels_a_side_is_refused_by_its_header() =>
        await AssertRefusedAsync("claim.jpg", TestImages.JpegClaiming(60_000, 60_000), "谎报尺寸", "图片尺寸过大：每边不超过 10000 像素，总计不超过 4000 万像素。");

    [Fact]
    public async Task A_file_over_10_MB_is_refused_with_a_message()
    {
        var big = new byte[(10 * 1024 * 1024) + 1];
        TestImages.Webp(20, 20).CopyTo(big, 0);

        await AssertRefusedAsync("big.webp", big, "大文件", "图片超过 10 MB。");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Alt_text_is_required(string altText) =>
        await AssertRefusedAsync("ok.webp", TestImages.Webp(50, 50), altText, "请填写替代文本：用简短的文字描述图片，供看不到图片的人了解。");

    [Fact]
    public async Task Alt_text_over_250_characters_is_refused() =>
        await AssertRefusedAsync("ok.webp", TestImages.Webp(50, 50), new string('图', 251), "替代文本不得超过250个字符。");

    [Fact]
    public async Task The_message_is_in_the_editors_language()
    {
        var editor = await fixture.AsAsync("picture-editor");
        var token = await editor.AntiforgeryTokenAsync("/kepu/ug/admin/media");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(TestImages.TextFile()), "file", "photo.jpg" },
            { new StringContent("رەسىم"), "altText" },
        };

        var html = await (await editor.PostAsync("/kepu/ug/admin/media", form)).Content.ReadAsStringAsync();

        Assert.Contains("پەقەت JPEG، PNG ۋە WebP رەسىملىرىنىلا يۈكلىگىلى بولىدۇ.", html);
    }

    [Fact]
    public async Task The_library_refuses_with_an_English_msgid_for_other_modules_to_localize()
    {
        await using var scope = await fixture.Factory.TenantScopeAsync(MediaFixture.Tenant);
        var library = scope.ServiceProvider.GetRequiredService<IMediaLibrary>();
        var before = await fixture.StateAsync();

        var ex = await Assert.ThrowsAsync<MediaRejectedException>(() =>
            library.UploadAsync(new NonSeekableStream(new byte[(10 * 1024 * 1024) + 100]), "x.png", "说明", "someone", CancellationToken.None));

        Assert.Equal("The image is larger than 10 MB.", ex.Message);
        var empty = await Assert.ThrowsAsync<MediaRejectedException>(() =>
            library.UploadAsync(new MemoryStream(), "x.png", "说明", "someone", CancellationToken.None));
        Assert.Equal("The file is empty.", empty.Message);
        var noAlt = await Assert.ThrowsAsync<MediaRejectedException>(() =>
            library.UploadAsync(new MemoryStream(TestImages.Webp(10, 10)), "x.webp", " ", "someone", CancellationToken.None));
        Assert.Equal("Enter alt text: a short description of the image for people who cannot see it.", noAlt.Message);
        MediaFixture.AssertUnchanged(before, await fixture.StateAsync());
    }

    [Fact]
    public async Task A_store_failure_midway_removes_the_files_already_written_and_adds_no_row()
    {
        var before = await fixture.StateAsync();
        await using (var scope = await fixture.Factory.TenantScopeAsync(MediaFixture.Tenant))
        {
            var services = scope.ServiceProvider;
            var store = new FailingStore(services.GetRequiredService<IMediaFileStore>(), failOnSave: 3);
            var db = services.GetRequiredService<IPortalDb>();
            var library = new MediaLibrary(db, store, services.GetRequiredService<ICommitActions>(), services.GetRequiredService<XinxingPortal.Abstractions.Files.IFileInspector>(), services.GetRequiredService<IAuditLog>(), TimeProvider.System, services.GetRequiredService<XinxingPortal.Abstractions.Tenants.ITenantContext>());

            await Assert.ThrowsAsync<IOException>(() =>
                library.UploadAsync(new MemoryStream(TestImages.PhonePhoto()), "p.jpg", "照片", "someone", CancellationToken.None));
            Assert.Equal(2, store.Saved);

            // The caller's next save must not bring the refused row back.
            await db.SaveChangesAsync();
        }

        MediaFixture.AssertUnchanged(before, await fixture.StateAsync());
    }

    private async Task AssertRefusedAsync(string fileName, byte[] data, string altText, string message)
    {
        var editor = await fixture.AsAsync("picture-editor");
        var before = await fixture.StateAsync();

        var response = await MediaFixture.UploadAsync(editor, fileName, data, altText);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.Contains("field-validation-error", html);
        MediaFixture.AssertUnchanged(before, await fixture.StateAsync());
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }

    private sealed class FailingStore(IMediaFileStore inner, int failOnSave) : IMediaFileStore
    {
        public int Saved { get; private set; }

        public async Task SaveAsync(string mediaId, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct)
        {
            if (Saved + 1 == failOnSave)
            {
                throw new IOException("disk full");
            }

            await inner.SaveAsync(mediaId, fileName, content, ct);
            Saved++;
        }

        public Task<Stream?> OpenReadAsync(string mediaId, string fileName, CancellationToken ct) => inner.OpenReadAsync(mediaId, fileName, ct);

        public Task DeleteAsync(string mediaId, CancellationToken ct) => inner.DeleteAsync(mediaId, ct);
    }
}
