using System.Net;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.IntegrationTests.OpenLab;

/// <summary>
/// A technology demand of type 设备 lists the shared instruments that may serve it, with reasons, through the
/// Abstractions contract (TechTransfer never references OpenLab); other demand types list none, and with OpenLab off
/// the page still answers, without the list.
/// </summary>
public sealed class EquipmentDemandTests(OpenLabFixture fixture) : IClassFixture<OpenLabFixture>
{
    private const string Need = "团场土壤和农产品中铅、镉、砷等重金属含量检测，每月约 50 个样品，希望使用 ICP-MS 等共享仪器。";

    [Fact]
    public async Task An_equipment_demand_lists_matching_instruments_with_reasons_and_nothing_when_OpenLab_is_off()
    {
        var equipment = await AddDemandAsync(DemandType.Equipment);
        var research = await AddDemandAsync(DemandType.Research);
        var anonymous = fixture.Factory.Browser();

        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/en/techtransfer/demands/{equipment}"));
        Assert.Contains("Shared instruments that may serve this need", html, StringComparison.Ordinal);
        var section = html[html.IndexOf("data-instruments", StringComparison.Ordinal)..];
        var first = section.IndexOf("<a href=\"", StringComparison.Ordinal);
        Assert.StartsWith("<a href=\"/en/openlab/instruments/icp-ms\">电感耦合等离子体质谱仪</a>", section[first..], StringComparison.Ordinal);
        Assert.Contains("Its name matches “ICP-MS”", section, StringComparison.Ordinal);
        Assert.Contains("Open to users outside its unit; it takes bookings now.", section, StringComparison.Ordinal);
        Assert.Contains("可满足此需求的共享仪器", await anonymous.GetStringAsync($"/techtransfer/demands/{equipment}"), StringComparison.Ordinal);

        Assert.DoesNotContain("data-instruments", await anonymous.GetStringAsync($"/en/techtransfer/demands/{research}"), StringComparison.Ordinal);

        await fixture.Factory.RunJsonAsync("Default", """{ "name": "t", "steps": [ { "name": "feature", "enable": [], "disable": ["XinxingPortal.OpenLab"] } ] }""");
        var off = await anonymous.GetAsync($"/en/techtransfer/demands/{equipment}");
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.DoesNotContain("data-instruments", await off.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> AddDemandAsync(DemandType type)
    {
        var id = "demand-test-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.WithDbAsync(async db =>
        {
            var organisation = await db.Set<Organisation>().Select(o => o.Id).FirstAsync();
            db.Set<Demand>().Add(new Demand
            {
                Id = id, OrganisationId = organisation, Status = ReviewState.Published, Title = "土壤与农产品重金属检测", Field = default, Type = type,
                Description = Need, ValidUntil = new DateOnly(2027, 12, 31), ContactName = "测试", ContactPhone = "0902-0000000", ContactEmail = "t@xinxing.example",
                CreatedUtc = fixture.Clock.UtcNow, UpdatedUtc = fixture.Clock.UtcNow, PublishedUtc = fixture.Clock.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        return id;
    }
}
