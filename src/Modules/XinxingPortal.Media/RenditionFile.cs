using System.Globalization;
using XinxingPortal.Abstractions.Media;

namespace XinxingPortal.Media;

/// <summary>
/// Names of media ids and rendition files. Everything that reaches the file store passes these checks, so no
/// request can name a path outside an item's folder.
/// </summary>
internal static class RenditionFile
{
    public static string NewId() => Guid.NewGuid().ToString("N");

    public static bool IsId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    public static string Name(int width, string format) => width.ToString(CultureInfo.InvariantCulture) + "." + format;

    /// <summary>"640.webp" → 640, "webp"; refuses leading zeros, signs and anything but the two formats.</summary>
    public static bool TryParse(string? fileName, out int width, out string format)
    {
        width = 0;
        format = "";
        var dot = fileName?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (fileName is null || dot is < 1 or > 5 || fileName[0] == '0' || fileName.AsSpan(0, dot).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var ext = fileName[(dot + 1)..];
        if (ext is not (MediaRendition.Webp or MediaRendition.Jpeg))
        {
            return false;
        }

        width = int.Parse(fileName.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture);
        format = ext;
        return true;
    }
}
