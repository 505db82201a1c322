using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using XinxingPortal.Abstractions.Media;

namespace XinxingPortal.Media.Processing;

/// <summary>
/// Turns uploaded bytes into renditions. The header is identified first and the caps are checked on it, so an
/// image too large to decode safely is refused before a single pixel buffer is allocated.
/// </summary>
internal static class ImageProcessor
{
    private static readonly Configuration Decoding = CreateConfiguration();

    // A 40-megapixel decode holds 160 MB of pixels; two at a time is what one web node is sized for.
    private static readonly SemaphoreSlim Gate = new(2);

    private static readonly WebpEncoder Webp = new() { Quality = 80, FileFormat = WebpFileFormatType.Lossy };
    private static readonly JpegEncoder Jpeg = new() { Quality = 82 };

    public static async Task<ProcessedImage> ProcessAsync(byte[] data, CancellationToken ct)
    {
        var info = Identify(data);
        if ((long)info.Width * info.Height > ImageLimits.MaxPixels || info.Width > ImageLimits.MaxSide || info.Height > ImageLimits.MaxSide)
        {
            throw new MediaRejectedException(ImageLimits.TooManyPixels);
        }

        if (!ImageLimits.WithinDecodeBudget((long)info.Width * info.Height, data.LongLength))
        {
            throw new MediaRejectedException(ImageLimits.Unreadable);
        }

        await Gate.WaitAsync(ct);
        try
        {
            return Render(data, ct);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static IImageInfo Identify(byte[] data)
    {
        IImageInfo? info;
        IImageFormat? format;
        try
        {
            info = Image.Identify(Decoding, data, out format);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A hostile header can make a decoder throw anything; whatever it throws, the file is refused.
            throw new MediaRejectedException(ImageLimits.Unreadable);
        }

        return info is not null && (format == JpegFormat.Instance || format == PngFormat.Instance || format == WebpFormat.Instance)
            ? info
            : throw new MediaRejectedException(ImageLimits.NotAnImage);
    }

    private static ProcessedImage Render(byte[] data, CancellationToken ct)
    {
        Image<Rgba32> image;
        try
        {
            image = Image.Load<Rgba32>(Decoding, data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new MediaRejectedException(ImageLimits.Unreadable);
        }

        using (image)
        {
            image.Mutate(x => x.AutoOrient());
            StripMetadata(image);
            var files = new List<(string, byte[])>();
            foreach (var width in ImageLimits.RenditionWidths(image.Width))
            {
                ct.ThrowIfCancellationRequested();
                var height = Math.Max(1, (int)Math.Round((double)image.Height * width / image.Width));
                using var rendition = width == image.Width ? image.Clone() : image.Clone(x => x.Resize(width, height));
                files.Add((RenditionFile.Name(width, MediaRendition.Webp), Encode(rendition, Webp)));

                // JPEG has no alpha: transparent areas go white instead of whatever colour their pixels hold.
                rendition.Mutate(x => x.BackgroundColor(Color.White));
                files.Add((RenditionFile.Name(width, MediaRendition.Jpeg), Encode(rendition, Jpeg)));
            }

            return new ProcessedImage(image.Width, image.Height, files);
        }
    }

    /// <summary>
    /// Drops EXIF (GPS position, camera serial, time), IPTC and XMP. The ICC profile stays: without it a
    /// wide-gamut photo is shown with the wrong colours, and it says nothing about who took the picture or where.
    /// </summary>
    private static void StripMetadata(Image<Rgba32> image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.XmpProfile = null;
        while (image.Frames.Count > 1)
        {
            image.Frames.RemoveFrame(1);
        }

        var frame = image.Frames.RootFrame.Metadata;
        frame.ExifProfile = null;
        frame.IptcProfile = null;
        frame.XmpProfile = null;
    }

    private static byte[] Encode(Image<Rgba32> image, IImageEncoder encoder)
    {
        using var buffer = new MemoryStream();
        image.Save(buffer, encoder);
        return buffer.ToArray();
    }

    /// <summary>
    /// Only the three accepted formats are registered, so GIF, BMP, TIFF and the rest are never parsed. One thread
    /// per image keeps a burst of uploads from taking every core, and the allocation cap stops a decoder that would
    /// ask for more memory than a capped image can need.
    /// </summary>
    private static Configuration CreateConfiguration()
    {
        var configuration = new Configuration(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule())
        {
            MaxDegreeOfParallelism = 1,
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { AllocationLimitMegabytes = 256, MaximumPoolSizeMegabytes = 64 }),
        };

        // Their metadata is where 2.1's decoders trust the file: a PNG text chunk is inflated whole (a 100 KB file
        // can ask for gigabytes) and a WebP EXIF chunk is allocated at its declared size. Nothing of it is kept
        // anyway; JPEG keeps its metadata, bounded by 64 KB segments, for the EXIF orientation phones write.
        configuration.ImageFormatsManager.SetDecoder(PngFormat.Instance, new PngDecoder { IgnoreMetadata = true });
        configuration.ImageFormatsManager.SetDecoder(WebpFormat.Instance, new WebpDecoder { IgnoreMetadata = true });
        return configuration;
    }
}
