using System.Net;

namespace XinxingPortal.IntegrationTests.Search;

/// <summary>Whatever arrives in the query string, the page and the JSON answer 200 with a message or a clean empty result.</summary>
public sealed class SearchBadInputTests(SearchHost host) : IClassFixture<SearchHost>
{
    public static TheoryData<string> Hostile => new()
    {
        "q=",
        "q=%20%20",
        "q=" + Uri.EscapeDataString("科"),
        "q=" + new string('科', 1000),
        "q=" + Uri.EscapeDataString("title:* OR"),
        "q=" + Uri.EscapeDataString("\"科技创新"),
        "q=" + Uri.EscapeDataString("科技\0创新"),
        "q=%00",
        "q=" + Uri.EscapeDataString("规划") + "&page=1000000000",
        "q=" + Uri.EscapeDataString("规划") + "&page=-5&sort=nonsense",
        "q=" + Uri.EscapeDataString("规划") + "&column=" + Uri.EscapeDataString("不存在的栏目"),
        "q=" + Uri.EscapeDataString("规划") + "&from=2026-13-45&to=abc",
        "q=" + Uri.EscapeDataString("<script>alert(1)</script>"),
        "q=" + Uri.EscapeDataString("*:*") + "&title=1&phrase=" + Uri.EscapeDataString("\"(") + "&docno=" + Uri.EscapeDataString("[]"),
        "q=" + Uri.EscapeDataString("\ud83d\ude00\ud83d"),
        "q=a&q=b",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task The_page_answers_200(string query)
    {
        var response = await host.Portal.Browser().GetAsync("/search?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task The_json_answers_200(string query)
    {
        var json = await host.JsonAsync(query);
        Assert.True(json.GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public async Task An_empty_query_asks_for_words()
    {
        var html = await host.Portal.Browser().GetStringAsync("/search?q=");
        Assert.Contains("请输入关键词进行搜索。", html);
    }

    [Fact]
    public async Task A_page_beyond_the_last_shows_the_last_page()
    {
        var json = await host.JsonAsync("q=" + Uri.EscapeDataString("技术") + "&page=1000000000");
        Assert.True(json.GetProperty("total").GetInt32() > 0);
        Assert.Equal(json.GetProperty("pages").GetInt32(), json.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Script_in_the_query_comes_back_encoded()
    {
        var html = await host.Portal.Browser().GetStringAsync("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }
}
