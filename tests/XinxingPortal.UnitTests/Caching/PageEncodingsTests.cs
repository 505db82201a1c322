using System.IO.Compression;
using System.Text;
using XinxingPortal.Platform.Caching;

namespace XinxingPortal.UnitTests.Caching;

public sealed class PageEncodingsTests
{
    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("GZIP", "gzip")]
    [InlineData("br;q=0, gzip;q=0.5", "gzip")]
    [InlineData("*", "br")]
    [InlineData("*;q=0, gzip", "gzip")]
    [InlineData("identity", null)]
    [InlineData("deflate", null)]
    [InlineData("br;q=0, gzip;q=0", null)]
    [InlineData("", null)]
    [InlineData(";;;q=x", null)]
    public void The_reader_gets_the_best_copy_it_accepts(string acceptEncoding, string? expected) =>
        Assert.Equal(expected, PageEncodings.Choose(acceptEncoding));

    [Fact]
    public void Both_copies_read_back_as_the_page()
    {
        var page = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<li>新星市科学技术局 政策文件</li>", 400)));

        var (brotli, gzip) = PageEncodings.Compress(page);

        Assert.InRange(brotli.Length, 1, page.Length / 10);
        Assert.InRange(gzip.Length, 1, page.Length / 10);
        Assert.Equal(page, Read(new BrotliStream(new MemoryStream(brotli), CompressionMode.Decompress)));
        Assert.Equal(page, Read(new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress)));
    }

    [Fact]
    public void A_small_page_keeps_no_copies() =>
        Assert.Equal(([], []), PageEncodings.Compress("<p>短</p>"u8));

    [Fact]
    public void A_copy_has_its_own_strong_tag() =>
        Assert.Equal("\"abc-br\"", PageEncodings.Tag("\"abc\"", "br"));

    private static byte[] Read(Stream stream)
    {
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
