using System.Text.Json;

namespace XinxingPortal.IntegrationTests.Search;

/// <summary>Facet counts describe the current query's results, never the whole index.</summary>
public sealed class FacetCountTests(SearchHost host) : IClassFixture<SearchHost>
{
    private static Dictionary<string, Dictionary<string, int>> Facets(JsonElement json) =>
        json.GetProperty("facets").EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32()));

    [Theory]
    [InlineData("煤焦油", "")]
    [InlineData("科技", "")]
    [InlineData("科技", "&column=通知公告")]
    [InlineData("科技", "&year=2026")]
    [InlineData("质谱仪", "")]
    public async Task Every_item_of_the_results_is_counted_once_in_column_type_and_year(string q, string filters)
    {
        var json = await host.JsonAsync("q=" + Uri.EscapeDataString(q) + filters);
        var total = json.GetProperty("total").GetInt32();
        Assert.True(total > 0, $"{q}{filters} finds something");
        var facets = Facets(json);
        // Each document has exactly one column, one type and one year, so over the results they add up to the total.
        foreach (var name in new[] { "column", "type", "year" })
        {
            Assert.Equal(total, facets[name].Values.Sum());
        }
    }

    [Fact]
    public async Task A_narrow_query_counts_less_than_a_broad_one_and_only_the_columns_it_reaches()
    {
        var broad = Facets(await host.JsonAsync("q=" + Uri.EscapeDataString("科技")));
        var narrow = Facets(await host.JsonAsync("q=" + Uri.EscapeDataString("凯氏定氮仪")));
        Assert.Equal(["大型科研仪器共享"], narrow["column"].Keys);
        Assert.DoesNotContain("通知公告", narrow["column"].Keys);
        Assert.True(broad["column"].Values.Sum() > narrow["column"].Values.Sum());
    }

    [Fact]
    public async Task Policy_topic_and_validity_count_only_the_policies_in_the_results()
    {
        var json = await host.JsonAsync("q=" + Uri.EscapeDataString("科技") + "&size=50");
        var facets = Facets(json);
        var policies = json.GetProperty("results").EnumerateArray().Count(r => r.GetProperty("url").GetString()!.Contains("/policies/", StringComparison.Ordinal));
        Assert.True(json.GetProperty("total").GetInt32() <= 50, "the whole result fits on the page, so it can be counted here");
        Assert.Equal(policies, facets["validity"].Values.Sum());
    }
}
