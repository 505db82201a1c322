using System.Net;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.IntegrationTests.OpenLab;

/// <summary>
/// LibreBooking's rule: a blackout added over booked time cancels the bookings not yet in use, with the blackout's
/// reason, and tells their holders; bookings outside it, or already in use, stay as they were.
/// </summary>
public sealed class BlackoutNoticeTests(OpenLabFixture fixture) : IClassFixture<OpenLabFixture>
{
    private const string GcMs = "inst-gc-ms";

    [Fact]
    public async Task A_blackout_over_bookings_cancels_them_with_its_reason_and_mails_their_holders()
    {
        // Wednesday 2026-06-24, Beijing: 10:00 approved, 14:00 requested, 16:00 in use; Thursday 10:00 approved (outside).
        var approved = await AddAsync("bo-approved", BookingStatus.Approved, new DateTime(2026, 6, 24, 2, 0, 0, DateTimeKind.Utc));
        var requested = await AddAsync("bo-requested", BookingStatus.Requested, new DateTime(2026, 6, 24, 6, 0, 0, DateTimeKind.Utc));
        var inUse = await AddAsync("bo-inuse", BookingStatus.InUse, new DateTime(2026, 6, 24, 8, 0, 0, DateTimeKind.Utc));
        var outside = await AddAsync("bo-outside", BookingStatus.Approved, new DateTime(2026, 6, 25, 2, 0, 0, DateTimeKind.Utc));

        var manager = await fixture.SignedInAsync(OpenLabFixture.Manager);
        var response = await manager.PostFormAsync($"/en/admin/openlab/{GcMs}", $"/en/admin/openlab/{GcMs}/blackouts",
            ("start", "2026-06-24T00:00"), ("end", "2026-06-25T00:00"), ("reason", "质谱真空系统故障维修"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var bookings = (await fixture.BookingsAsync(GcMs)).ToDictionary(b => b.Id);
        Assert.Equal(BookingStatus.Cancelled, bookings[approved].Status);
        Assert.Equal(BookingStatus.Cancelled, bookings[requested].Status);
        Assert.Equal("质谱真空系统故障维修", bookings[approved].Reason);
        Assert.False(bookings[approved].Holds);
        Assert.Equal(BookingStatus.InUse, bookings[inUse].Status);
        Assert.Equal(BookingStatus.Approved, bookings[outside].Status);

        var mail = await fixture.OutboxToAsync(["bo-approved@xinxing.example", "bo-requested@xinxing.example", "bo-inuse@xinxing.example", "bo-outside@xinxing.example"]);
        Assert.Equal(["bo-approved@xinxing.example", "bo-requested@xinxing.example"], mail.Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.All(mail, m => Assert.StartsWith("Booking cancelled", m.Subject, StringComparison.Ordinal));
        Assert.All(mail, m => Assert.Contains("质谱真空系统故障维修", m.TextBody, StringComparison.Ordinal));
    }

    private async Task<string> AddAsync(string user, BookingStatus status, DateTime startUtc)
    {
        var booking = new Booking
        {
            Id = Guid.NewGuid().ToString("N"), InstrumentId = GcMs, UserName = user, Email = user + "@xinxing.example", Culture = "en",
            StartUtc = startUtc, EndUtc = startUtc.AddHours(1), BlockStartUtc = startUtc.AddMinutes(-30), BlockEndUtc = startUtc.AddHours(1),
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
