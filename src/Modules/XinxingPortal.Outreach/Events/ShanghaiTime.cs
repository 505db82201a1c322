using System.Globalization;

namespace XinxingPortal.Outreach.Events;

/// <summary>Times are stored in UTC and shown in Asia/Shanghai, the reader's clock.</summary>
internal static class ShanghaiTime
{
    public const string ZoneId = "Asia/Shanghai";
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTime FromUtc(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(FromUtc(time.GetUtcNow().UtcDateTime));

    public static string Format(DateTime utc) => FromUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
