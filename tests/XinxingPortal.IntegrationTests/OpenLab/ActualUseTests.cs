using System.Net;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.IntegrationTests.OpenLab;

/// <summary>
/// Actual use, apart from the booking (NEMO): the operator enters when the use really started and ended, checked
/// against the booking and the clock, and the statistics count those times; the booking's user checks in within the
/// instrument's window, which records the start, and after the grace the no-show job takes what nobody checked in.
/// </summary>
public sealed class ActualUseTests(OpenLabFixture fixture) : IClassFixture<OpenLabFixture>
{
    private const string Aas = "inst-aas";
    private const string GcMs = "inst-gc-ms";

    [Fact]
    public async Task The_operator_enters_the_actual_times_and_the_machine_hours_count_them_not_the_booking()
    {
        // Booked 10:00–12:00 Beijing on Monday 2026-06-22; the operator enters the use at 14:00 that day.
        var id = await AddAsync(Aas, "use-operator", BookingStatus.Approved, new DateTime(2026, 6, 22, 2, 0, 0, DateTimeKind.Utc), hours: 2);
        fixture.Clock.Set(new DateTimeOffset(2026, 6, 22, 6, 0, 0, TimeSpan.Zero));
        var manager = await fixture.SignedInAsync(OpenLabFixture.Manager);
        var list = await manager.GetStringAsync("/en/admin/openlab/bookings?show=past");
        Assert.Contains($"action=\"/en/admin/openlab/bookings/{id}/use\"", list, StringComparison.Ordinal);

        foreach (var (start, end, fee, field, message) in new (string?, string?, string?, string, string)[]
        {
            ("2026-06-22T10:30", "2026-06-22T10:00", null, "end", "The end of use is after its start."),
            ("2026-06-22T10:30", "2026-06-22T15:00", null, "end", "The end of use cannot be in the future."),
            ("2026-06-22T05:00", "2026-06-22T11:00", null, "start", "The use starts at most 4 hours before the booked start and no later than the booked end."),
            ("2026-06-22T10:00", null, null, "end", "Give the end of use."),
            ("yesterday", "2026-06-22T11:00", null, "start", "Give the start of use."),
            ("2026-06-22T10:00", "2026-06-22T11:00", "abc", "fee", "The fee is between 0 and 10,000,000 yuan."),
            ("2026-06-22T10:00", "2026-06-22T11:00", "-5", "fee", "The fee is between 0 and 10,000,000 yuan."),
        })
        {
            var fields = new List<(string, string)>();
            if (start is not null) fields.Add(("start", start));
            if (end is not null) fields.Add(("end", end));
            if (fee is not null) fields.Add(("fee", fee));
            var refused = await manager.PostFormAsync("/en/admin/openlab/bookings?show=past", $"/en/admin/openlab/bookings/{id}/use", [.. fields]);
            Assert.Equal((HttpStatusCode)422, refused.StatusCode);
            var body = await refused.Content.ReadAsStringAsync();
            Assert.Contains($"field-validation-error\" data-valmsg-for=\"use-{id}-{field}\" data-valmsg-replace=\"true\">{message}", body, StringComparison.Ordinal);
            var unchanged = await BookingAsync(Aas, id);
            Assert.Equal(BookingStatus.Approved, unchanged.Status);
            Assert.Null(unchanged.ActualStartUtc);
        }

        // Used 10:15–11:45: one and a half of the two booked hours, 150 yuan an hour.
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync("/en/admin/openlab/bookings?show=past", $"/en/admin/openlab/bookings/{id}/use",
            ("start", "2026-06-22T10:15"), ("end", "2026-06-22T11:45"))).StatusCode);
        var done = await BookingAsync(Aas, id);
        Assert.Equal(BookingStatus.Completed, done.Status);
        Assert.False(done.Holds);
        Assert.Equal(new DateTime(2026, 6, 22, 2, 15, 0), done.ActualStartUtc);
        Assert.Equal(new DateTime(2026, 6, 22, 3, 45, 0), done.ActualEndUtc);
        Assert.Equal(225m, done.Fee);
        Assert.Contains("\"1.5\",\"1.5\",\"225.00\",\"1\",", await RowAsync(manager, "原子吸收分光光度计"), StringComparison.Ordinal);

        // A correction of a completed use replaces the times (and the fee by the hour); the user is not mailed again.
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync("/en/admin/openlab/bookings?show=past", $"/en/admin/openlab/bookings/{id}/use",
            ("start", "2026-06-22T10:15"), ("end", "2026-06-22T11:15"), ("fee", "99.50"))).StatusCode);
        Assert.Contains("\"1\",\"1\",\"99.50\",\"1\",", await RowAsync(manager, "原子吸收分光光度计"), StringComparison.Ordinal);
        Assert.Single(await fixture.OutboxToAsync(["use-operator@xinxing.example"]));

        // A booking the job marked as missed can still be entered when the user came after all.
        var missed = await AddAsync(Aas, "use-missed", BookingStatus.NoShow, new DateTime(2026, 6, 22, 4, 0, 0, DateTimeKind.Utc), hours: 1);
        // It may not overlap the use recorded above (10:15–11:15): the same hour would count twice.
        var overlapping = await manager.PostFormAsync("/en/admin/openlab/bookings?show=past", $"/en/admin/openlab/bookings/{missed}/use",
            ("start", "2026-06-22T11:00"), ("end", "2026-06-22T12:30"));
        Assert.Equal((HttpStatusCode)422, overlapping.StatusCode);
        Assert.Contains($"data-valmsg-for=\"use-{missed}-start\" data-valmsg-replace=\"true\">Another use of this instrument is recorded for part of this time.",
            await overlapping.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(BookingStatus.NoShow, (await BookingAsync(Aas, missed)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync("/en/admin/openlab/bookings?show=past", $"/en/admin/openlab/bookings/{missed}/use",
            ("start", "2026-06-22T12:20"), ("end", "2026-06-22T13:00"))).StatusCode);
        Assert.Equal(BookingStatus.Completed, (await BookingAsync(Aas, missed)).Status);
    }

    [Fact]
    public async Task The_user_checks_in_within_the_window_and_after_the_grace_the_job_marks_a_no_show()
    {
        await fixture.SetRulesAsync(GcMs, r =>
        {
            r.CheckInMinutes = 10;
            r.NoShowGraceMinutes = 20;
        });
        var (browser, name) = await fixture.ResearcherAsync();
        var (other, _) = await fixture.ResearcherAsync();
        // Tuesday 2026-06-23, Beijing 10:00, 12:00 and 14:00.
        var early = await AddAsync(GcMs, name, BookingStatus.Approved, new DateTime(2026, 6, 23, 2, 0, 0, DateTimeKind.Utc), hours: 1);
        var late = await AddAsync(GcMs, name, BookingStatus.Approved, new DateTime(2026, 6, 23, 4, 0, 0, DateTimeKind.Utc), hours: 1);
        var onTime = await AddAsync(GcMs, name, BookingStatus.Approved, new DateTime(2026, 6, 23, 6, 0, 0, DateTimeKind.Utc), hours: 1);

        // 09:45: the window opens at 09:50.
        fixture.Clock.Set(new DateTimeOffset(2026, 6, 23, 1, 45, 0, TimeSpan.Zero));
        Assert.DoesNotContain($"/openlab/my/{early}/checkin", await browser.GetStringAsync("/en/openlab/my"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await CheckInAsync(browser, early)).StatusCode);
        Assert.Contains("Check-in opens 10 minutes before the start.", await browser.GetStringAsync("/en/openlab/my"), StringComparison.Ordinal);
        Assert.Equal(BookingStatus.Approved, (await BookingAsync(GcMs, early)).Status);

        // 09:52: in the window; the use starts at the booked 10:00, not before. Nobody else may check it in.
        fixture.Clock.Set(new DateTimeOffset(2026, 6, 23, 1, 52, 0, TimeSpan.Zero));
        Assert.Contains($"/openlab/my/{early}/checkin", await browser.GetStringAsync("/en/openlab/my"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await CheckInAsync(other, early)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CheckInAsync(browser, early)).StatusCode);
        var checkedIn = await BookingAsync(GcMs, early);
        Assert.Equal(BookingStatus.InUse, checkedIn.Status);
        Assert.Equal(new DateTime(2026, 6, 23, 2, 0, 0), checkedIn.ActualStartUtc);
        Assert.Equal(HttpStatusCode.Redirect, (await CheckInAsync(browser, early)).StatusCode);
        Assert.Contains("Only an approved booking can be checked in.", await browser.GetStringAsync("/en/openlab/my"), StringComparison.Ordinal);

        // 12:25: 25 minutes late with a 20-minute grace: refused, and the job marks it.
        fixture.Clock.Set(new DateTimeOffset(2026, 6, 23, 4, 25, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.Redirect, (await CheckInAsync(browser, late)).StatusCode);
        Assert.Contains("Check-in closed 20 minutes after the start; ask the lab manager.", await browser.GetStringAsync("/en/openlab/my"), StringComparison.Ordinal);
        await fixture.RunJobAsync("openlab-no-shows");
        Assert.Equal(BookingStatus.NoShow, (await BookingAsync(GcMs, late)).Status);

        // 14:12, within the grace: the use starts now; the job at 14:30 leaves it alone.
        fixture.Clock.Set(new DateTimeOffset(2026, 6, 23, 6, 12, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.Redirect, (await CheckInAsync(browser, onTime)).StatusCode);
        fixture.Clock.Set(new DateTimeOffset(2026, 6, 23, 6, 30, 0, TimeSpan.Zero));
        await fixture.RunJobAsync("openlab-no-shows");
        var started = await BookingAsync(GcMs, onTime);
        Assert.Equal(BookingStatus.InUse, started.Status);
        Assert.Equal(new DateTime(2026, 6, 23, 6, 12, 0), started.ActualStartUtc!.Value, TimeSpan.FromSeconds(1));

        // The operator's form starts from the checked-in time.
        var manager = await fixture.SignedInAsync(OpenLabFixture.Manager);
        Assert.Contains("value=\"2026-06-23T14:12\"", await manager.GetStringAsync("/en/admin/openlab/bookings"), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> CheckInAsync(HttpClient browser, string id) =>
        browser.PostFormAsync("/en/openlab/my", $"/en/openlab/my/{id}/checkin");

    private async Task<Booking> BookingAsync(string instrumentId, string id) => Assert.Single(await fixture.BookingsAsync(instrumentId), b => b.Id == id);

    private static async Task<string> RowAsync(HttpClient manager, string instrument)
    {
        var csv = await manager.GetStringAsync("/en/admin/openlab/statistics/export.csv?from=2026-06-01&to=2026-06-30");
        return csv.Split('\n').Single(l => l.StartsWith($"\"{instrument}\"", StringComparison.Ordinal));
    }

    private async Task<string> AddAsync(string instrumentId, string user, BookingStatus status, DateTime startUtc, int hours)
    {
        var booking = new Booking
        {
            Id = Guid.NewGuid().ToString("N"), InstrumentId = instrumentId, UserName = user, Email = user + "@xinxing.example", Culture = "en",
            StartUtc = startUtc, EndUtc = startUtc.AddHours(hours), BlockStartUtc = startUtc, BlockEndUtc = startUtc.AddHours(hours),
            Purpose = "测试", SampleCount = 1, CreatedUtc = fixture.Clock.UtcNow, ModifiedUtc = fixture.Clock.UtcNow,
        };
        booking.MoveTo(status);
        await fixture.WithDbAsync(db =>
        {
            db.Set<Booking>().Add(booking);
            return db.SaveChangesAsync();
        });
        return booking.Id;
    }
}
