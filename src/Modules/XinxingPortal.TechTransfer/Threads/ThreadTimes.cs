using System.Globalization;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>Thread times are stored in UTC and shown, dated and counted by month in Beijing time (Asia/Shanghai).</summary>
internal static class ThreadTimes
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime FromUtc(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Beijing);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(FromUtc(time.GetUtcNow().UtcDateTime));

    public static string Format(DateTime utc) => FromUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the +08:00 offset, for the datetime attribute of time elements.</summary>
    public static string Iso(DateTime utc) => new DateTimeOffset(FromUtc(utc), TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
