namespace XinxingPortal.TechTransfer;

/// <summary>The market shows and reasons about dates in Beijing time.</summary>
internal static class MarketTime
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime ToBeijing(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Beijing);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToBeijing(time.GetUtcNow().UtcDateTime));

    /// <summary>Midnight of a Beijing date, in UTC (China keeps UTC+8 all year).</summary>
    public static DateTime StartOfDayUtc(DateOnly date) => DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue).AddHours(-8), DateTimeKind.Utc);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Date(DateTime utc) => ToBeijing(utc).ToString("yyyy-MM-dd");

    public static string DateAndTime(DateTime utc) => ToBeijing(utc).ToString("yyyy-MM-dd HH:mm");
}
