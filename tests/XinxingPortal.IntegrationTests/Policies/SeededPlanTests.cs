using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;

namespace XinxingPortal.IntegrationTests.Policies;

public sealed class SeededPlanTests(PolicyFixture fixture) : IClassFixture<PolicyFixture>
{
    private HttpClient Public => fixture.Factory.Browser();

    [Fact]
    public async Task The_plan_renders_with_its_chapters_indicator_table_and_metadata()
    {
        var html = await Public.GetStringAsync("/policies/plan-2022-12");
        Assert.Contains("第一章 科技发展基础", html);
        Assert.Contains("第五章 保障措施", html);
        Assert.Contains("目标值", html);
        Assert.Matches("<article class=\"policy-body\">[\\s\\S]*<table>[\\s\\S]*</table>", html);
        Assert.Contains("师市办发〔2022〕12号", html);
        Assert.Contains("2022-04-07", html);
        Assert.Contains("2022-04-12", html);
        Assert.Matches(@"11659004MB1911842X/2022-\d{5}", html);
        Assert.Contains("<nav class=\"toc", html);
        Assert.Contains("<meta name=\"ArticleTitle\" content=\"第十三师新星市“十四五”科技创新规划\">", html);
        Assert.Contains("<meta name=\"PubDate\" content=\"2022-04-12\">", html);
        Assert.Contains("<meta name=\"ContentSource\" content=\"第十三师新星市办公室\">", html);
    }

    [Fact]
    public async Task The_policy_page_lists_its_interpretation_and_the_interpretation_links_back()
    {
        var policy = await Public.GetStringAsync("/policies/plan-2022-12");
        Assert.Contains("href=\"/policies/interpretation-plan-2022-12\"", policy);
        var interpretation = await Public.GetStringAsync("/policies/interpretation-plan-2022-12");
        Assert.Contains("href=\"/policies/plan-2022-12\"", interpretation);
    }

    [Fact]
    public async Task Translations_share_the_index_number_and_the_language_switch_reaches_them()
    {
        var chinese = await Public.GetStringAsync("/policies/plan-2022-12");
        var uyghur = await Public.GetStringAsync("/ug/policies/plan-2022-12");
        var index = System.Text.RegularExpressions.Regex.Match(chinese, @"11659004MB1911842X/\d{4}-\d{5}").Value;
        Assert.Contains(index, uyghur);
        Assert.Contains("href=\"/en/policies/plan-2022-12\"", chinese);
        Assert.Contains("dir=\"rtl\"", uyghur);
    }

    [Fact]
    public async Task The_list_filters_by_type_year_and_validity_and_counts_each_type()
    {
        var notices = await Public.GetStringAsync("/policies?type=notice");
        Assert.Contains("notice-2026-kepu-week", notices);
        Assert.DoesNotContain("href=\"/policies/plan-2022-12\"", notices);

        var year2022 = await Public.GetStringAsync("/policies?year=2022");
        Assert.Contains("href=\"/policies/plan-2022-12\"", year2022);
        Assert.DoesNotContain("notice-2026-kepu-week", year2022);

        var repealed = await Public.GetStringAsync("/policies?validity=repealed&type=policy");
        Assert.DoesNotContain("href=\"/policies/plan-2022-12\"", repealed);

        var all = await Public.GetStringAsync("/policies");
        Assert.Matches(@"\(2\)</a>", all);
    }

    [Fact]
    public async Task Nonsense_filters_are_ignored_rather_than_failing()
    {
        var response = await Public.GetAsync("/policies?type=%3Cscript%3E&year=abc&page=-5&validity=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("policy")]
    [InlineData("notice")]
    [InlineData("interpretation")]
    public async Task Each_feed_is_valid_Atom(string type)
    {
        var response = await Public.GetAsync($"/policies/feed/{type}.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;
        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, i => Assert.StartsWith("http://localhost/policies/", i.Links[0].Uri.ToString()));
    }

    [Fact]
    public async Task The_JSON_endpoints_carry_the_disclosure_metadata()
    {
        using var list = JsonDocument.Parse(await Public.GetStringAsync("/policies.json?type=policy"));
        Assert.Equal(1, list.RootElement.GetProperty("total").GetInt32());
        var plan = list.RootElement.GetProperty("documents")[0];
        Assert.Equal("师市办发〔2022〕12号", plan.GetProperty("documentNumber").GetString());

        using var document = JsonDocument.Parse(await Public.GetStringAsync("/policies/plan-2022-12.json"));
        var root = document.RootElement;
        Assert.Equal("2022-04-07", root.GetProperty("writtenOn").GetString());
        Assert.Equal("valid", root.GetProperty("validity").GetProperty("status").GetString());
        Assert.Equal("科技创新", root.GetProperty("topic").GetProperty("name").GetString());
        Assert.Single(root.GetProperty("interpretations").EnumerateArray());
    }

    [Fact]
    public async Task The_sitemap_lists_documents_in_every_culture()
    {
        var sitemap = await Public.GetStringAsync("/sitemap.xml");
        Assert.Contains("<loc>http://localhost/policies/plan-2022-12</loc>", sitemap);
        Assert.Contains("<loc>http://localhost/ug/policies/plan-2022-12</loc>", sitemap);
        Assert.Contains("<loc>http://localhost/pages/about</loc>", sitemap);
    }
}
