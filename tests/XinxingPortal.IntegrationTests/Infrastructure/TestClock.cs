namespace XinxingPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The host's clock in tests that are about dates: it starts at a fixed instant and moves one millisecond per
/// reading (so "newest first" still has an order), never with the wall clock, so a run at 23:59 Beijing time or
/// on a slow machine sees the same day. <see cref="Set"/> moves it, e.g. past a deadline.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>10:00 Beijing time on a weekday, far from midnight on either side.</summary>
    public static readonly DateTimeOffset Morning = new(2026, 6, 16, 2, 0, 0, TimeSpan.Zero);

    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private long ticks = start.UtcTicks;

    public TestClock() : this(Morning)
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Add(ref ticks, TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => Beijing;

    /// <summary>Today on the Beijing calendar, by this clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(GetUtcNow().UtcDateTime, Beijing));

    public DateTime UtcNow => GetUtcNow().UtcDateTime;

    /// <summary>Now on the Beijing wall clock, by this clock.</summary>
    public DateTime BeijingNow => TimeZoneInfo.ConvertTimeFromUtc(UtcNow, Beijing);

    public void Set(DateTimeOffset instant) => Interlocked.Exchange(ref ticks, instant.UtcTicks);
}
