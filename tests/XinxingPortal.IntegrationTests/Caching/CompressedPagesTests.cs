using System.IO.Compression;
using System.Net;

namespace XinxingPortal.IntegrationTests.Caching;

/// <summary>A cached page goes out compressed from the copy made when it was kept, and reads as the page itself.</summary>
public sealed class CompressedPagesTests(PageCacheHost host) : IClassFixture<PageCacheHost>
{
    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    public async Task A_cached_page_is_sent_compressed_and_reads_as_the_page(string acceptEncoding, string coding)
    {
        var url = "/policies?compressed=" + Guid.NewGuid().ToString("N");
        var client = PageCacheHost.Anonymous(host.A);
        await client.GetAsync(url);
        var plain = await client.GetAsync(url);
        Assert.NotNull(plain.Headers.Age); // the page is now held
        var page = await plain.Content.ReadAsByteArrayAsync();

        var response = await client.SendAsync(Get(url, acceptEncoding));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.Age);
        Assert.Equal(coding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Contains("Cookie", response.Headers.Vary);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.True(body.Length < page.Length / 3, $"{body.Length} bytes compressed from {page.Length}");
        Assert.Equal(page, Decompress(coding, body));
        Assert.NotEqual(plain.Headers.ETag, response.Headers.ETag);

        var revalidate = Get(url, acceptEncoding);
        revalidate.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        var notModified = await client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(response.Headers.ETag, notModified.Headers.ETag);
    }

    [Theory]
    [InlineData("identity")]
    [InlineData("br;q=0, gzip;q=0")]
    public async Task A_reader_who_takes_no_compression_gets_the_page_as_it_is(string acceptEncoding)
    {
        var url = "/policies?uncompressed=" + Guid.NewGuid().ToString("N");
        var client = PageCacheHost.Anonymous(host.A);
        await client.GetAsync(url);

        var response = await client.SendAsync(Get(url, acceptEncoding));

        Assert.NotNull(response.Headers.Age);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_compressed_copy_is_retired_with_its_page_when_a_change_commits()
    {
        var url = "/policies?compressed-publish=" + Guid.NewGuid().ToString("N");
        var client = PageCacheHost.Anonymous(host.A);
        await client.GetAsync(url);
        var held = await client.SendAsync(Get(url, "br"));
        Assert.NotNull(held.Headers.Age);
        Assert.DoesNotContain("压缩副本之后的通知", Text(held));

        await PageCacheHost.PublishNoticeAsync(host.A, "compressed-publish", "压缩副本之后的通知");

        Assert.Contains("压缩副本之后的通知", Text(await client.SendAsync(Get(url, "br"))));
    }

    private static HttpRequestMessage Get(string url, string acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return request;
    }

    private static string Text(HttpResponseMessage response)
    {
        var body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        var coding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        return System.Text.Encoding.UTF8.GetString(coding is null ? body : Decompress(coding, body));
    }

    private static byte[] Decompress(string coding, byte[] body)
    {
        using Stream stream = coding == "br"
            ? new BrotliStream(new MemoryStream(body), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
