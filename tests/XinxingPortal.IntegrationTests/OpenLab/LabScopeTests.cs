using System.Net;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.IntegrationTests.OpenLab;

/// <summary>
/// A lab manager assigned to a lab manages only that lab: its instruments, rules, bookings and statistics; another
/// lab's instrument or booking answers 404 and is left as it was. A manager with no assignment (the bureau) manages all.
/// </summary>
public sealed class LabScopeTests(OpenLabFixture fixture) : IClassFixture<OpenLabFixture>
{
    private const string SoilManager = "soilmgr";

    [Fact]
    public async Task An_assigned_manager_sees_and_acts_on_their_own_lab_only()
    {
        await fixture.Factory.CreateAsync("Default", SoilManager, OpenLabFixture.Password, "LabManager");
        await fixture.WithDbAsync(db =>
        {
            db.Set<LabAssignment>().Add(new LabAssignment { LabId = "lab-nky-soil", UserName = SoilManager });
            return db.SaveChangesAsync();
        });
        var soil = await AddAsync("inst-soil-analyser");
        var icp = await AddAsync("inst-icp-ms");
        var manager = await fixture.SignedInAsync(SoilManager);

        var instruments = await manager.GetStringAsync("/en/admin/openlab");
        Assert.Contains("全自动土壤养分分析仪", instruments, StringComparison.Ordinal);
        Assert.DoesNotContain("电感耦合等离子体质谱仪", instruments, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/en/admin/openlab/inst-icp-ms")).StatusCode);
        var own = await manager.GetStringAsync("/en/admin/openlab/inst-soil-analyser");
        Assert.DoesNotContain("value=\"lab-nky-heavymetal\"", own, StringComparison.Ordinal);

        var rules = await manager.PostFormAsync("/en/admin/openlab/inst-soil-analyser", "/en/admin/openlab/inst-icp-ms/rules", ("SlotMinutes", "5"), ("MinMinutes", "5"), ("MaxMinutes", "60"));
        Assert.Equal(HttpStatusCode.NotFound, rules.StatusCode);
        Assert.Equal(30, await fixture.WithDbAsync(db => db.Set<InstrumentRules>().Where(r => r.InstrumentId == "inst-icp-ms").Select(r => r.SlotMinutes).SingleAsync()));
        var foreignLab = await manager.PostFormAsync("/en/admin/openlab/create", "/en/admin/openlab/create",
            ("LabId", "lab-nky-heavymetal"), ("Name", "越权仪器"), ("Slug", "out-of-scope"), ("Unit", "第十三师农业科学研究所"),
            ("ClassificationCode", "030101"), ("OriginalValue", "1.00"), ("Status", "Normal"), ("Sharing", "External"));
        Assert.Equal((HttpStatusCode)422, foreignLab.StatusCode);
        Assert.Contains("You manage only the labs you are assigned to.", await foreignLab.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var requested = await manager.GetStringAsync("/en/admin/openlab/bookings?show=requested");
        Assert.Contains(soil, requested, StringComparison.Ordinal);
        Assert.DoesNotContain(icp, requested, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostFormAsync("/en/admin/openlab/bookings", $"/en/admin/openlab/bookings/{icp}/approve")).StatusCode);
        Assert.Equal(BookingStatus.Requested, Assert.Single(await fixture.BookingsAsync("inst-icp-ms"), b => b.Id == icp).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync("/en/admin/openlab/bookings", $"/en/admin/openlab/bookings/{soil}/approve")).StatusCode);
        Assert.Equal(BookingStatus.Approved, Assert.Single(await fixture.BookingsAsync("inst-soil-analyser"), b => b.Id == soil).Status);

        var csv = await manager.GetStringAsync("/en/admin/openlab/statistics/export.csv?from=2026-06-01&to=2026-06-30");
        Assert.Contains("\"全自动土壤养分分析仪\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("电感耦合等离子体质谱仪", csv, StringComparison.Ordinal);

        // The bureau's manager, assigned to no lab, still manages every lab.
        var bureau = await fixture.SignedInAsync(OpenLabFixture.Manager);
        Assert.Contains("电感耦合等离子体质谱仪", await bureau.GetStringAsync("/en/admin/openlab"), StringComparison.Ordinal);
        Assert.Contains(icp, await bureau.GetStringAsync("/en/admin/openlab/bookings?show=requested"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_labs_recipe_step_sets_a_labs_managers()
    {
        await fixture.Factory.RunJsonAsync("Default", """
            { "name": "t", "steps": [ { "name": "labs", "labs": [ { "id": "lab-nky-produce", "slug": "nky-produce", "name": "师农业科学研究所农产品质量检测实验室", "hostUnit": "第十三师农业科学研究所", "location": "新星市红星二场农科所科研楼三层（示例）", "manager": "李工（示例）", "contact": "0902-0000302，produce-lab@nky.xinxing.example（示例）", "safetyRules": "有机溶剂使用登记；气瓶固定并每日检查。", "description": "哈密瓜、红枣、葡萄等特色农产品的农药残留、营养成分和品质检测。", "managers": ["producemgr"] } ] } ] }
            """);
        Assert.Equal(["producemgr"], await fixture.WithDbAsync(db => db.Set<LabAssignment>().Where(a => a.LabId == "lab-nky-produce").Select(a => a.UserName).ToListAsync()));
    }

    private async Task<string> AddAsync(string instrumentId)
    {
        var start = new DateTime(2026, 6, 25, 2, 0, 0, DateTimeKind.Utc);
        var booking = new Booking
        {
            Id = Guid.NewGuid().ToString("N"), InstrumentId = instrumentId, UserName = "scope-user", Email = "scope-user@xinxing.example", Culture = "en",
            StartUtc = start, EndUtc = start.AddHours(1), BlockStartUtc = start, BlockEndUtc = start.AddHours(1),
            Purpose = "测试", SampleCount = 1, CreatedUtc = fixture.Clock.UtcNow, ModifiedUtc = fixture.Clock.UtcNow,
        };
        booking.MoveTo(BookingStatus.Requested);
        await fixture.WithDbAsync(db =>
        {
            db.Set<Booking>().Add(booking);
            return db.SaveChangesAsync();
        });
        return booking.Id;
    }
}
