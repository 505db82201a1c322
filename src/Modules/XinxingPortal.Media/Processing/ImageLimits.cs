using XinxingPortal.Abstractions.Files;

namespace XinxingPortal.Media.Processing;

internal static class ImageLimits
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const long MaxPixels = 40_000_000;
    public const int MaxSide = 10_000;

    /// <summary>
    /// Decoding costs 4 bytes a pixel whatever the file's size, so a 74-byte PNG that claims 10,000 × 4,000 pixels
    /// would take some 750 MB to process. Up to this many pixels (16 MB decoded) any file is taken; above, the file
    /// must hold at least one byte per <see cref="MaxPixelsPerByte"/> pixels, as real photos and drawings do.
    /// </summary>
    public const long FreePixels = 4_000_000;

    public const long MaxPixelsPerByte = 400;

    /// <summary>True when the pixels an image claims fit the memory its file size can justify.</summary>
    public static bool WithinDecodeBudget(long pixels, long fileBytes) => pixels <= FreePixels || pixels <= fileBytes * MaxPixelsPerByte;

    /// <summary>Rendition widths; an image narrower than the widest also keeps its own width.</summary>
    public static readonly IReadOnlyList<int> Widths = [320, 640, 1280];

    public const string Empty = "The file is empty.";
    public const string TooManyBytes = "The image is larger than 10 MB.";
    public const string NotAnImage = "Only JPEG, PNG and WebP images can be uploaded.";
    public const string TooManyPixels = "The image is too large: at most 10,000 pixels on a side and 40 megapixels in all.";
    public const string Unreadable = "The image could not be read. It may be damaged.";

    /// <summary>Kinds and size by the kernel's inspector; names are not held to the content, as phones often misname photos.</summary>
    public static readonly FileRules Upload = new([FileKind.Jpeg, FileKind.Png, FileKind.WebP], MaxBytes, NotAnImage, TooManyBytes)
    {
        NameMustMatch = false,
        RequireWhole = false,
    };

    /// <summary>Never wider than the original: 320, 640, 1280 where the original reaches them, plus its own width below 1280.</summary>
    public static IReadOnlyList<int> RenditionWidths(int originalWidth)
    {
        var widths = Widths.Where(w => w <= originalWidth).ToList();
        if (originalWidth < Widths[^1] && !widths.Contains(originalWidth))
        {
            widths.Add(originalWidth);
        }

        return widths;
    }
}
