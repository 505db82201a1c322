using XinxingPortal.Platform.Content;

namespace XinxingPortal.UnitTests.Content;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<svg onload=alert(1)>")]
    public void Hostile_markup_never_reaches_the_page(string markdown)
    {
        var html = renderer.ToSafeHtml(markdown).ToLowerInvariant();
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("onerror", html);
        Assert.DoesNotContain("onload", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("<iframe", html);
    }

    [Fact]
    public void Tables_headings_and_links_survive()
    {
        var html = renderer.ToSafeHtml("## 发展目标\n\n| 指标 | 2025 |\n|---|---|\n| R&D | 2.5% |\n\n[联系](contact) <tel:0902>");
        Assert.Contains("<h2 id=", html);
        Assert.Contains("<table>", html);
        Assert.Contains("<td>2.5%</td>", html);
        Assert.Contains("href=\"contact\"", html);
    }

    [Fact]
    public void Authors_can_isolate_a_left_to_right_run_in_Uyghur_text()
    {
        var html = renderer.ToSafeHtml("ھۆججەت نومۇرى: <bdi dir=\"ltr\" onclick=\"x()\">师市办发〔2022〕12号</bdi>");
        Assert.Contains("<bdi dir=\"ltr\">师市办发〔2022〕12号</bdi>", html);
    }
}
