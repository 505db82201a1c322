using System.Net;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.IntegrationTests.Search;

/// <summary>OpenLab's labs and shared instruments are found by site search through OpenLab's own search source.</summary>
public sealed class InstrumentSearchTests(SearchHost host) : IClassFixture<SearchHost>
{
    private async Task<List<System.Text.Json.JsonElement>> ResultsAsync(string q) =>
        [.. (await host.JsonAsync("q=" + Uri.EscapeDataString(q) + "&size=50")).GetProperty("results").EnumerateArray()];

    [Fact]
    public async Task A_published_instrument_is_found_with_its_column_type_and_page()
    {
        var hit = (await ResultsAsync("质谱仪")).First(r => r.GetProperty("title").GetString() == "电感耦合等离子体质谱仪");
        Assert.Equal("大型科研仪器共享", hit.GetProperty("column").GetString());
        Assert.Equal("仪器", hit.GetProperty("type").GetString());
        var url = hit.GetProperty("url").GetString()!;
        Assert.EndsWith("/openlab/instruments/icp-ms", url);
        Assert.Equal(HttpStatusCode.OK, (await host.Portal.Browser().GetAsync(new Uri(url).PathAndQuery)).StatusCode);
        Assert.True(hit.GetProperty("notice").ValueKind == System.Text.Json.JsonValueKind.Null, "a working shared instrument carries no notice");
    }

    [Fact]
    public async Task An_instrument_is_found_by_its_function_and_model_and_one_out_of_service_is_marked()
    {
        Assert.Contains(await ResultsAsync("Agilent 7900"), r => r.GetProperty("title").GetString() == "电感耦合等离子体质谱仪");
        var kjeldahl = (await ResultsAsync("凯氏定氮仪")).First(r => r.GetProperty("title").GetString() == "全自动凯氏定氮仪");
        Assert.Equal("待修", kjeldahl.GetProperty("notice").GetString());
    }

    [Fact]
    public async Task A_lab_is_found_and_leads_to_its_instruments()
    {
        var lab = (await ResultsAsync("重金属残留检测实验室")).First(r => r.GetProperty("type").GetString() == "实验室");
        Assert.Equal("师农业科学研究所重金属残留检测实验室", lab.GetProperty("title").GetString());
        var page = await host.Portal.Browser().GetStringAsync(new Uri(lab.GetProperty("url").GetString()!).PathAndQuery);
        Assert.Contains("电感耦合等离子体质谱仪", page);
        Assert.DoesNotContain("全自动凯氏定氮仪", page); // another lab's
    }

    [Fact]
    public async Task Contacts_of_labs_and_instruments_are_never_indexed()
    {
        foreach (var q in new[] { "hm-lab@nky.xinxing.example", "0902-0000303" })
        {
            Assert.Empty(await ResultsAsync(q));
        }
    }

    [Fact]
    public async Task Unpublishing_an_instrument_removes_it_from_the_results()
    {
        await SearchHost.EventuallyAsync(async () => (await ResultsAsync("元素分析仪")).Any(r => r.GetProperty("title").GetString() == "元素分析仪"));
        await using (var scope = await host.Portal.TenantScopeAsync("Default"))
        {
            await scope.ServiceProvider.GetRequiredService<IContentManager<Instrument>>().UnpublishAsync("inst-elemental-analyser", "停用", "reviewer");
        }

        await SearchHost.EventuallyAsync(async () => !(await ResultsAsync("元素分析仪")).Any(r => r.GetProperty("title").GetString() == "元素分析仪"));
    }
}
