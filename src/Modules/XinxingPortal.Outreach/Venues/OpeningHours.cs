namespace XinxingPortal.Outreach.Venues;

/// <summary>Regular hours for one weekday.</summary>
internal sealed record OpeningPeriod(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);

/// <summary>A closure (holiday, maintenance) that overrides the regular hours, both dates inclusive.</summary>
internal sealed record Closure(DateOnly From, DateOnly To, string Reason);

internal static class OpeningHours
{
    /// <summary>Open at some time on this (Shanghai) date: regular hours that day and no closure covering it.</summary>
    public static bool IsOpenOn(DateOnly date, IReadOnlyList<OpeningPeriod> hours, IReadOnlyList<Closure> closures) =>
        hours.Any(h => h.Day == date.DayOfWeek) && !closures.Any(c => c.From <= date && date <= c.To);

    public static IReadOnlyList<OpeningPeriod> On(DateOnly date, IReadOnlyList<OpeningPeriod> hours) =>
        hours.Where(h => h.Day == date.DayOfWeek).OrderBy(h => h.Opens).ToList();
}
