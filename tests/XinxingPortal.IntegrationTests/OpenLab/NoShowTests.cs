using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Jobs;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.IntegrationTests.OpenLab;

/// <summary>
/// NEMO's no-show: an approved booking nobody started within the instrument's grace period is marked by the kernel's
/// tenant job, and its holder gets mail; one that was started, or whose grace has not run out, is left alone. The job
/// reads everything from the database, so a round long after the grace (a node that was down) still finds it.
/// </summary>
public sealed class NoShowTests(OpenLabFixture fixture) : IClassFixture<OpenLabFixture>
{
    private const string Job = "openlab-no-shows";
    private const string Aas = "inst-aas";

    [Fact]
    public async Task An_approved_booking_unused_past_its_grace_becomes_a_no_show_and_its_holder_is_told()
    {
        await fixture.SetRulesAsync(Aas, r => r.NoShowGraceMinutes = 20);
        // Clock: 10:00 Beijing on 2026-06-16. Bookings on Monday 2026-06-22, Beijing time (UTC+8).
        var missed = await AddAsync("missed", BookingStatus.Approved, new DateTime(2026, 6, 22, 1, 0, 0, DateTimeKind.Utc));
        var late = await AddAsync("late", BookingStatus.Approved, new DateTime(2026, 6, 22, 3, 0, 0, DateTimeKind.Utc));
        var used = await AddAsync("used", BookingStatus.InUse, new DateTime(2026, 6, 22, 5, 0, 0, DateTimeKind.Utc));
        var waiting = await AddAsync("waiting", BookingStatus.Requested, new DateTime(2026, 6, 22, 7, 0, 0, DateTimeKind.Utc));

        await fixture.RunJobAsync(Job);
        Assert.All(await fixture.BookingsAsync(Aas), b => Assert.NotEqual(BookingStatus.NoShow, b.Status));

        // 11:25 Beijing: 'missed' (09:00) is 145 minutes late, 'late' (11:00) only 25 minutes.
        fixture.Clock.Set(new DateTimeOffset(2026, 6, 22, 3, 15, 0, TimeSpan.Zero));
        await fixture.RunJobAsync(Job);
        Assert.Equal(BookingStatus.NoShow, await StatusAsync(missed));
        Assert.Equal(BookingStatus.Approved, await StatusAsync(late));

        // Hours later, as after a restart: everything that fell due meanwhile is marked, once.
        fixture.Clock.Set(new DateTimeOffset(2026, 6, 22, 12, 0, 0, TimeSpan.Zero));
        await fixture.RunJobAsync(Job);
        await fixture.RunJobAsync(Job);
        Assert.Equal(BookingStatus.NoShow, await StatusAsync(late));
        Assert.Equal(BookingStatus.InUse, await StatusAsync(used));
        Assert.Equal(BookingStatus.Requested, await StatusAsync(waiting));
        Assert.All((await fixture.BookingsAsync(Aas)).Where(b => b.Status == BookingStatus.NoShow), b => Assert.False(b.Holds));

        Assert.Single(await fixture.Smtp.MailToAsync("missed@xinxing.example"));
        Assert.StartsWith("Booking missed", Assert.Single(await fixture.OutboxToAsync(["missed@xinxing.example"])).Subject, StringComparison.Ordinal);
        Assert.Single(await fixture.OutboxToAsync(["late@xinxing.example"]));
        Assert.Empty(await fixture.OutboxToAsync(["used@xinxing.example", "waiting@xinxing.example"]));
    }

    [Fact]
    public async Task The_job_is_registered_with_the_kernel_for_the_OpenLab_feature()
    {
        await using var scope = await fixture.Factory.TenantScopeAsync("Default");
        var job = Assert.Single(scope.ServiceProvider.GetServices<ITenantJob>(), j => j.Name == Job);
        Assert.Equal("XinxingPortal.OpenLab", job.FeatureId);
    }

    private async Task<string> AddAsync(string user, BookingStatus status, DateTime startUtc)
    {
        var booking = new Booking
        {
            Id = Guid.NewGuid().ToString("N"), InstrumentId = Aas, UserName = user, Email = user + "@xinxing.example", Culture = "en",
            StartUtc = startUtc, EndUtc = startUtc.AddHours(1), BlockStartUtc = startUtc, BlockEndUtc = startUtc.AddHours(1).AddMinutes(15),
            Purpose = "测试", SampleCount = 1, CreatedUtc = fixture.Clock.UtcNow, ModifiedUtc = fixture.Clock.UtcNow,
        };
        booking.MoveTo(status);
        if (status == BookingStatus.InUse)
        {
            booking.ActualStartUtc = startUtc.AddMinutes(5);
        }

        await fixture.WithDbAsync(db =>
        {
            db.Set<Booking>().Add(booking);
            return db.SaveChangesAsync();
        });
        return booking.Id;
    }

    private async Task<BookingStatus> StatusAsync(string id) => Assert.Single(await fixture.BookingsAsync(Aas), b => b.Id == id).Status;
}
