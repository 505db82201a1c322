using System.IO.Compression;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace XinxingPortal.Platform.Caching;

/// <summary>
/// The compressed copies a cached page is kept with, made once when the page is stored rather than on every hit (the
/// response-compression middleware would compress the same 70 KB list for every reader). Safe over HTTPS too: a page
/// the cache holds carries nothing secret (no token, no cookie), so there is nothing for a compression oracle to find.
/// </summary>
internal static class PageEncodings
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";

    /// <summary>Below this a compressed copy saves less than the header costs.</summary>
    private const int Smallest = 1024;

    public static (byte[] Brotli, byte[] Gzip) Compress(ReadOnlySpan<byte> body)
    {
        if (body.Length < Smallest)
        {
            return ([], []);
        }

        // Quality 5 is most of brotli's gain for a fraction of its top quality's time; made once per page per minute.
        var brotli = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        using (var encoder = new BrotliEncoder(quality: 5, window: 22))
        {
            encoder.Compress(body, brotli, out _, out var written, isFinalBlock: true);
            Array.Resize(ref brotli, written);
        }

        using var gzip = new MemoryStream(body.Length / 4);
        using (var stream = new GZipStream(gzip, CompressionLevel.Optimal, leaveOpen: true))
        {
            stream.Write(body);
        }

        return (brotli, gzip.ToArray());
    }

    /// <summary>The copy to send for the reader's Accept-Encoding: brotli, then gzip, else none (null).</summary>
    public static string? Choose(StringValues acceptEncoding)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding) ||
            !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var offered))
        {
            return null;
        }

        double Quality(string coding)
        {
            var entry = offered.FirstOrDefault(o => o.Value.Equals(coding, StringComparison.OrdinalIgnoreCase))
                ?? offered.FirstOrDefault(o => o.Value.Equals("*", StringComparison.Ordinal));
            return entry is null ? 0 : entry.Quality ?? 1;
        }

        return Quality(Brotli) > 0 ? Brotli : Quality(Gzip) > 0 ? Gzip : null;
    }

    /// <summary>A compressed copy is another representation, so it has its own strong ETag.</summary>
    public static string Tag(string etag, string coding) => etag.EndsWith('"') ? etag[..^1] + "-" + coding + "\"" : etag;
}
