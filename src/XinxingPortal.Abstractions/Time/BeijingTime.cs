using System.Globalization;

namespace XinxingPortal.Abstractions.Time;

/// <summary>
/// The portal's one clock for people: times are stored in UTC and shown, and counted into days, months and years,
/// in Asia/Shanghai (北京时间). This is the only place that names the zone; everything else asks here, and reads
/// "now" from an injected <see cref="TimeProvider"/> so tests can set it.
/// </summary>
public static class BeijingTime
{
    public const string ZoneId = "Asia/Shanghai";
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>The Beijing wall-clock time of a UTC instant.</summary>
    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant of a Beijing wall-clock time.</summary>
    public static DateTime ToUtc(DateTime beijing) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(beijing, DateTimeKind.Unspecified), Zone);

    /// <summary>A UTC instant with its Beijing offset, as schema.org, iCalendar and Atom want it.</summary>
    public static DateTimeOffset Offset(DateTime utc) => TimeZoneInfo.ConvertTime(
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Zone);

    /// <summary>Midnight at the start of a Beijing day, in UTC.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>Midnight at the end of a Beijing day (the start of the next), in UTC: "until the end of the deadline day".</summary>
    public static DateTime EndOfDayUtc(DateOnly day) => StartOfDayUtc(day.AddDays(1));

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(FromUtc(utc));

    /// <summary>Today in Beijing, by the injected clock.</summary>
    public static DateOnly BeijingToday(this TimeProvider time) => DateOf(time.GetUtcNow().UtcDateTime);

    /// <summary>Now on the Beijing wall clock, by the injected clock.</summary>
    public static DateTime BeijingNow(this TimeProvider time) => FromUtc(time.GetUtcNow().UtcDateTime);

    /// <summary>YYYY-MM-DD, the form the 政府网站发展指引 asks for.</summary>
    public static string Date(DateTime utc) => FromUtc(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateAndTime(DateTime utc) => FromUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the Beijing offset (2026-05-18T09:30:00+08:00), for datetime attributes, JSON-LD and feeds.</summary>
    public static string Iso(DateTime utc) => Offset(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The last second of a Beijing day in ISO 8601 (…T23:59:59+08:00): when a deadline day ends.</summary>
    public static string IsoEndOf(DateOnly day) => Iso(EndOfDayUtc(day).AddSeconds(-1));
}
