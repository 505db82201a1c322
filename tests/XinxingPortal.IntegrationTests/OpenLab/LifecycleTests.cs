using XinxingPortal.IntegrationTests.Infrastructure;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.IntegrationTests.OpenLab;

/// <summary>
/// The path the bureau will check in a browser: a researcher finds the ICP-MS, books two hours, the lab manager approves,
/// the researcher gets mail with the calendar file, the operator records the use, and the statistics show the hours
/// in an export with the national platform's field names.
/// </summary>
public sealed partial class LifecycleTests(OpenLabFixture fixture) : IClassFixture<OpenLabFixture>
{
    [GeneratedRegex(@"http://localhost/en/openlab/bookings/(\w+)\.ics")]
    private static partial Regex IcsLink();

    [Fact]
    public async Task Book_approve_use_and_count_the_machine_hours()
    {
        var (browser, name) = await fixture.ResearcherAsync();
        await fixture.WithDbAsync(db =>
        {
            db.Set<Qualification>().Add(new Qualification { Id = Guid.NewGuid().ToString("N"), InstrumentId = "inst-icp-ms", UserName = name, GrantedOn = new DateOnly(2026, 6, 1), GrantedBy = "test", Note = "培训合格" });
            return db.SaveChangesAsync();
        });

        var list = await browser.GetStringAsync("/en/openlab?code=0303");
        Assert.Contains("电感耦合等离子体质谱仪", list, StringComparison.Ordinal);
        var detail = await browser.GetStringAsync("/en/openlab/instruments/icp-ms");
        Assert.Contains("application/ld+json", detail, StringComparison.Ordinal);
        var calendar = await browser.GetStringAsync("/en/openlab/instruments/icp-ms/book?week=2026-06-22");
        Assert.Contains("?start=2026-06-23T10:00", calendar, StringComparison.Ordinal);

        var start = new DateTime(2026, 6, 23, 10, 0, 0);
        Assert.Equal(HttpStatusCode.Redirect, (await OpenLabFixture.BookAsync(browser, "icp-ms", start, start.AddHours(2), organisation: "新疆某大学（测试）")).StatusCode);
        var booking = Assert.Single(await fixture.BookingsAsync("inst-icp-ms"), b => b.UserName == name);
        Assert.Equal(BookingStatus.Requested, booking.Status);
        Assert.DoesNotContain("?start=2026-06-23T10:00", await browser.GetStringAsync("/en/openlab/instruments/icp-ms/book?week=2026-06-22"), StringComparison.Ordinal);

        var manager = await fixture.SignedInAsync(OpenLabFixture.Manager);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync("/en/admin/openlab/bookings?show=requested", $"/en/admin/openlab/bookings/{booking.Id}/approve")).StatusCode);
        var mail = await fixture.Smtp.MailToAsync(name + "@xinxing.example", 2);
        var approval = Assert.Single(mail.Select(m => m.Mime()), m => m.Attachments.Any());
        Assert.Equal("multipart/mixed", approval.Body!.ContentType.MimeType);
        var file = Assert.IsType<MimeKit.TextPart>(Assert.Single(approval.Attachments));
        Assert.Equal("text/calendar", file.ContentType.MimeType);
        Assert.Equal($"booking-{booking.Id}.ics", file.FileName);
        Assert.True(file.IsAttachment);
        var attached = file.Text;
        // 10:00 Beijing is 02:00 UTC; the mailed file carries UTC times so no calendar needs the time-zone block.
        Assert.Contains("DTSTART:20260623T020000Z", attached, StringComparison.Ordinal);
        Assert.Contains("DTEND:20260623T040000Z", attached, StringComparison.Ordinal);
        Assert.Contains("电感耦合等离子体质谱仪", attached, StringComparison.Ordinal);
        var ics = await fixture.Factory.Browser().GetStringAsync(IcsLink().Match(approval.TextBody ?? "").Value.Replace("http://localhost", "", StringComparison.Ordinal));
        Assert.Contains("DTSTART;TZID=Asia/Shanghai:20260623T100000", ics, StringComparison.Ordinal);

        // The operator records the use: 10:05 to 12:35 Beijing on the day.
        fixture.Clock.Set(new DateTimeOffset(2026, 6, 23, 2, 5, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync("/en/admin/openlab/bookings", $"/en/admin/openlab/bookings/{booking.Id}/start")).StatusCode);
        fixture.Clock.Set(new DateTimeOffset(2026, 6, 23, 4, 35, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync("/en/admin/openlab/bookings", $"/en/admin/openlab/bookings/{booking.Id}/complete", ("fee", "750.00"))).StatusCode);
        var done = Assert.Single(await fixture.BookingsAsync("inst-icp-ms"), b => b.Id == booking.Id);
        Assert.Equal(BookingStatus.Completed, done.Status);
        Assert.Equal(750m, done.Fee);

        var stats = await manager.GetStringAsync("/en/admin/openlab/statistics?from=2026-06-01&to=2026-06-30");
        Assert.Contains("<svg", stats, StringComparison.Ordinal);
        var csv = await manager.GetStringAsync("/en/admin/openlab/statistics/export.csv?from=2026-06-01&to=2026-06-30");
        Assert.Contains("有效工作机时（小时）", csv, StringComparison.Ordinal);
        Assert.Contains("对外服务机时（小时）", csv, StringComparison.Ordinal);
        var row = csv.Split('\n').Single(l => l.StartsWith("\"电感耦合等离子体质谱仪\"", StringComparison.Ordinal));
        Assert.Contains("\"2.5\",\"2.5\",\"750.00\",\"1\",", row, StringComparison.Ordinal);
        var xlsx = await manager.GetAsync("/en/admin/openlab/statistics/export.xlsx?from=2026-06-01&to=2026-06-30");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_lab_manager_drafts_an_instrument_and_only_a_reviewer_publishes_it()
    {
        var manager = await fixture.SignedInAsync(OpenLabFixture.Manager);
        var bad = await manager.PostFormAsync("/en/admin/openlab/create", "/en/admin/openlab/create",
            ("LabId", "lab-nky-soil"), ("Name", "测试仪器"), ("Slug", "test-instrument"), ("Unit", "第十三师农业科学研究所"),
            ("ClassificationCode", "12345"), ("OriginalValue", "12.345"), ("Status", "Normal"), ("Sharing", "External"));
        Assert.Equal((HttpStatusCode)422, bad.StatusCode);
        var body = await bad.Content.ReadAsStringAsync();
        Assert.Contains("The classification code has exactly 6 digits.", body, StringComparison.Ordinal);
        Assert.Contains("The original value is a number of 10,000 yuan, at least 0, with at most two decimals.", body, StringComparison.Ordinal);
        var negative = await manager.PostFormAsync("/en/admin/openlab/create", "/en/admin/openlab/create",
            ("LabId", "lab-nky-soil"), ("Name", "测试仪器"), ("Slug", "test-instrument"), ("Unit", "第十三师农业科学研究所"),
            ("ClassificationCode", "030101"), ("OriginalValue", "-1"), ("Status", "Normal"), ("Sharing", "External"));
        Assert.Contains("at least 0, with at most two decimals", await negative.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await fixture.WithDbAsync(db => db.Set<Instrument>().AnyAsync(i => i.Slug == "test-instrument")));

        var created = await manager.PostFormAsync("/en/admin/openlab/create", "/en/admin/openlab/create",
            ("LabId", "lab-nky-soil"), ("Name", "测试仪器"), ("Slug", "test-instrument"), ("Unit", "第十三师农业科学研究所"),
            ("ClassificationCode", "030101"), ("OriginalValue", "12.34"), ("Status", "Normal"), ("Sharing", "External"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/').Last();
        await manager.PostFormAsync($"/en/admin/openlab/{id}", $"/en/admin/openlab/{id}/submit");
        // The manager holds no review permission.
        Assert.Contains("/account/denied", (await manager.PostFormAsync($"/en/admin/openlab/{id}", $"/en/admin/openlab/{id}/approve")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.Browser().GetAsync("/en/openlab/instruments/test-instrument")).StatusCode);

        var reviewer = await fixture.SignedInAsync(OpenLabFixture.Reviewer);
        await reviewer.PostFormAsync($"/en/admin/openlab/{id}", $"/en/admin/openlab/{id}/approve");
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.Browser().GetAsync("/en/openlab/instruments/test-instrument")).StatusCode);
        Assert.Contains("/openlab/instruments/test-instrument", await fixture.Factory.Browser().GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("测试仪器", await fixture.Factory.Browser().GetStringAsync("/en/openlab/feed.atom"), StringComparison.Ordinal);
    }
}
