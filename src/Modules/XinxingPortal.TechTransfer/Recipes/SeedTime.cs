namespace XinxingPortal.TechTransfer.Recipes;

internal static class SeedTime
{
    /// <summary>Midnight of a Beijing date, in UTC (China keeps UTC+8 all year).</summary>
    public static DateTime StartOfDayUtc(DateOnly date) => DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue).AddHours(-8), DateTimeKind.Utc);
}
