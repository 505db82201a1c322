namespace XinxingPortal.Policies.Documents;

/// <summary>Times are stored in UTC and shown, and counted into years, in Asia/Shanghai.</summary>
internal static class ShanghaiTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime FromUtc(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static string Date(DateTime utc) => FromUtc(utc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
