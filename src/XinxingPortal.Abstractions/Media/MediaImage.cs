using System.Globalization;

namespace XinxingPortal.Abstractions.Media;

/// <summary>
/// An image of the media library with its renditions. Paths are site-relative; pass a resolver such as
/// <c>p =&gt; Url.Content("~" + p)</c> to put the tenant's path base in front.
/// </summary>
public sealed record MediaImage(string Id, string AltText, int Width, int Height, IReadOnlyList<MediaRendition> Renditions)
{
    /// <summary>The <c>src</c> fallback: the narrowest JPEG at least <paramref name="minWidth"/> wide, else the widest JPEG.</summary>
    public string Src(Func<string, string>? url = null, int minWidth = int.MaxValue)
    {
        var jpegs = InFormat(MediaRendition.Jpeg);
        var chosen = jpegs.FirstOrDefault(r => r.Width >= minWidth) ?? jpegs.LastOrDefault()
            ?? throw new InvalidOperationException($"Media {Id} has no JPEG rendition.");
        return Resolve(url, chosen.Path);
    }

    /// <summary>A <c>srcset</c> value of every rendition in <paramref name="format"/> ("webp" or "jpg"), narrowest first.</summary>
    public string Srcset(string format, Func<string, string>? url = null) =>
        string.Join(", ", InFormat(format).Select(r => Resolve(url, r.Path) + " " + r.Width.ToString(CultureInfo.InvariantCulture) + "w"));

    /// <summary>The height of a rendition <paramref name="width"/> wide, keeping the aspect ratio (for <c>width</c>/<c>height</c> attributes).</summary>
    public int HeightAt(int width) => Width == 0 ? 0 : Math.Max(1, (int)Math.Round((double)Height * width / Width));

    private List<MediaRendition> InFormat(string format) =>
        [.. Renditions.Where(r => r.Format == format).OrderBy(r => r.Width)];

    private static string Resolve(Func<string, string>? url, string path) => url is null ? path : url(path);
}
