using System.Net;
using System.Text.RegularExpressions;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace XinxingPortal.MultiNode.Tests;

/// <summary>Files live in the folder every node mounts (<c>Portal:SharedFiles</c>), not on the node that took the upload.</summary>
[Collection(TwoNodesCollection.Name)]
public sealed partial class SharedFilesTests(TwoNodes nodes)
{
    [GeneratedRegex("/kepu/media/[A-Za-z0-9_-]+/[A-Za-z0-9_.-]+")]
    private static partial Regex MediaUrl();

    [Fact]
    public async Task An_image_uploaded_through_A_is_served_by_B()
    {
        var cookies = new CookieContainer();
        using var a = nodes.A.Client(cookies);
        using var b = nodes.B.Client(cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.LoginAsync(a, "admin", TwoNodes.AdminPassword)).StatusCode);
        var before = Urls(await b.GetStringAsync("/kepu/admin/media"));

        var html = await a.GetStringAsync("/kepu/admin/media");
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new ByteArrayContent(Photo()), "file", "two-nodes.jpg" },
            { new StringContent("两台节点共享的照片"), "altText" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await a.PostAsync("/kepu/admin/media", form)).StatusCode);

        var added = Urls(await b.GetStringAsync("/kepu/admin/media")).Except(before).ToList();
        Assert.NotEmpty(added);
        foreach (var url in added)
        {
            var response = await b.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("image/", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        }
    }

    private static HashSet<string> Urls(string html) => [.. MediaUrl().Matches(html).Select(m => m.Value)];

    private static byte[] Photo()
    {
        using var image = new Image<Rgb24>(800, 600);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                image[x, y] = new Rgb24((byte)(x % 256), (byte)(y % 256), 90);
            }
        }

        using var stream = new MemoryStream();
        image.Save(stream, new JpegEncoder { Quality = 85 });
        return stream.ToArray();
    }
}
