namespace XinxingPortal.IntegrationTests.Search;

/// <summary>
/// Queries with known right answers over the seeded content (policies, notices, the interpretation, pages, the market
/// and the 揭榜挂帅 challenge), written before any tuning: the expected item must be in the top three.
/// </summary>
public sealed class SearchRelevanceTests(SearchHost host) : IClassFixture<SearchHost>
{
    public static TheoryData<string, string> Fixture => new()
    {
        { "十四五 科技创新规划", "第十三师新星市“十四五”科技创新规划" },
        { "科技创新规划", "第十三师新星市“十四五”科技创新规划" },
        { "大型科研仪器开放共享", "关于开展大型科研仪器开放共享登记工作的通知" },
        { "科研仪器", "关于开展大型科研仪器开放共享登记工作的通知" },
        { "科技活动周", "关于开展2026年全国科技活动周暨科普日活动的通知" },
        { "规划 政策解读", "《第十三师新星市“十四五”科技创新规划》政策解读" },
        { "煤焦油加氢", "中低温煤焦油全馏分加氢制清洁燃料及芳烃成套技术" },
        { "酚氨回收", "煤化工高浓度含酚废水酚氨联合回收技术" },
        { "工业硅 炉外精炼", "化学级工业硅低电耗冶炼及炉外精炼提纯技术" },
        { "滴灌带", "抗堵型压力补偿滴灌带及生产工艺" },
        { "冷链", "哈密瓜与鲜食葡萄产地预冷及全程冷链温控追溯技术" },
        { "光伏组件清扫", "风沙区光伏组件无水清扫机器人" },
        { "煤热解废水", "煤热解废水全过程控制及资源化利用关键技术" },
        { "机构职能", "机构职能" },
        { "联系我们", "联系我们" },
        { "隐私政策", "隐私政策" },
    };

    [Theory]
    [MemberData(nameof(Fixture))]
    public async Task The_expected_item_is_in_the_top_three(string query, string expected)
    {
        var titles = await host.TitlesAsync(query);
        Assert.Contains(expected, titles.Take(3));
    }

    [Theory]
    [InlineData("师市办发〔2022〕12号")]
    [InlineData("师市办发[2022]12号")]
    [InlineData("师市办发（2022）12号")]
    public async Task An_exact_document_number_finds_its_document_first(string number)
    {
        var titles = await host.TitlesAsync(number);
        Assert.Equal("第十三师新星市“十四五”科技创新规划", titles[0]);
    }

    [Fact]
    public async Task The_advanced_document_number_field_finds_only_that_document()
    {
        var json = await host.JsonAsync("docno=" + Uri.EscapeDataString("师市科发〔2026〕3号"));
        Assert.Equal(1, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_synonym_finds_what_the_other_word_is_written_with()
    {
        // The seed says 科普 (科普日); nobody wrote 科学普及. The recipe's synonym group joins them.
        var titles = await host.TitlesAsync("科学普及");
        Assert.Contains("关于开展2026年全国科技活动周暨科普日活动的通知", titles.Take(3));
    }

    [Fact]
    public async Task English_is_searched_in_the_English_index_with_stemming()
    {
        var titles = await host.TitlesAsync("plans", "/en");
        Assert.Contains("13th Division / Xinxing City 14th Five-Year Plan for Science, Technology and Innovation", titles.Take(3));
    }

    [Fact]
    public async Task A_title_match_beats_a_body_match()
    {
        await host.CreatePageAsync("rank-body", "一份普通说明", "这里顺带提到了蓝莓冻干工艺。", publish: true);
        await host.CreatePageAsync("rank-title", "蓝莓冻干工艺", "一份说明。", publish: true);
        await SearchHost.EventuallyAsync(async () => (await host.TitlesAsync("蓝莓冻干")).Contains("蓝莓冻干工艺"));
        await SearchHost.EventuallyAsync(async () => (await host.TitlesAsync("蓝莓冻干")).Count >= 2);
        Assert.Equal(["蓝莓冻干工艺", "一份普通说明"], await host.TitlesAsync("蓝莓冻干"));
    }

    [Fact]
    public async Task Private_market_fields_are_never_found()
    {
        // An outcome's contact person, phone and mail are on the seed, but only verified organisations see them.
        foreach (var q in new[] { "coal-lab@dtsu.example", "0902-0000201", "李秀梅" })
        {
            Assert.Equal(0, (await host.JsonAsync("q=" + Uri.EscapeDataString(q))).GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task Facets_count_columns_types_years_topics_and_validity()
    {
        var json = await host.JsonAsync("q=" + Uri.EscapeDataString("科技"));
        var facets = json.GetProperty("facets").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("values"));
        Assert.Contains("column", facets.Keys);
        Assert.Contains("year", facets.Keys);
        Assert.Contains("validity", facets.Keys);
        Assert.Contains(facets["column"].EnumerateArray(), v => v.GetProperty("value").GetString() == "通知公告");
        var notices = await host.JsonAsync("q=" + Uri.EscapeDataString("科技") + "&column=" + Uri.EscapeDataString("通知公告") + "&year=2026");
        Assert.True(notices.GetProperty("total").GetInt32() >= 2);
        Assert.All(notices.GetProperty("results").EnumerateArray(), r => Assert.Equal("通知公告", r.GetProperty("column").GetString()));
    }
}
