namespace XinxingPortal.TechTransfer;

/// <summary>The market shows and reasons about dates in Beijing time.</summary>
internal static class MarketTime
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime ToBeijing(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Beijing);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToBeijing(time.GetUtcNow().UtcDateTime));

    public static string Date(DateTime utc) => ToBeijing(utc).ToString("yyyy-MM-dd");

    public static string DateAndTime(DateTime utc) => ToBeijing(utc).ToString("yyyy-MM-dd HH:mm");
}
