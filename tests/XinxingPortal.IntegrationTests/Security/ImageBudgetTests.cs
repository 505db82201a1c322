using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.IntegrationTests.Media;
using XinxingPortal.Media.Processing;
using XinxingPortal.Media.Storage;

namespace XinxingPortal.IntegrationTests.Security;

/// <summary>
/// Finding 10: a 74-byte PNG claiming 10000×4000 was decoded in full (≈750 MB) though within the caps. Finding 8:
/// a rendition half-written when the host was killed made every later setup fail with "already exists".
/// </summary>
public sealed class ImageBudgetTests(MediaFixture fixture) : IClassFixture<MediaFixture>
{
    [Fact]
    public async Task A_tiny_png_claiming_forty_megapixels_is_refused_without_decoding_it()
    {
        var png = TestImages.PngClaiming(10_000, 4_000);
        Assert.True(png.Length < 200, $"the file is {png.Length} bytes");
        Assert.Equal((10_000, 4_000), (Image.Identify(png).Width, Image.Identify(png).Height));

        // The check runs before the first await, so what it allocates is counted on this thread.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var processing = ImageProcessor.ProcessAsync(png, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var refused = await Assert.ThrowsAsync<MediaRejectedException>(() => processing);

        Assert.Equal(ImageLimits.Unreadable, refused.Message);
        Assert.True(allocated < 32 * 1024 * 1024, $"{allocated / 1024 / 1024} MB allocated");
    }

    [Fact]
    public void Real_photos_at_the_caps_stay_within_the_budget()
    {
        Assert.True(ImageLimits.WithinDecodeBudget(40_000_000, 2_000_000));
        Assert.True(ImageLimits.WithinDecodeBudget(3_000_000, 500));
        Assert.False(ImageLimits.WithinDecodeBudget(40_000_000, 74));
    }

    [Fact]
    public async Task Writing_a_rendition_again_replaces_the_file_a_killed_setup_left()
    {
        await using var scope = await fixture.Factory.TenantScopeAsync(MediaFixture.Tenant);
        var store = scope.ServiceProvider.GetRequiredService<IMediaFileStore>();
        var id = Guid.NewGuid().ToString("N");

        await store.SaveAsync(id, "320.webp", new byte[] { 1, 2, 3 }, CancellationToken.None);
        await store.SaveAsync(id, "320.webp", new byte[] { 4, 5 }, CancellationToken.None);

        await using var read = (await store.OpenReadAsync(id, "320.webp", CancellationToken.None))!;
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal([4, 5], copy.ToArray());
    }
}
