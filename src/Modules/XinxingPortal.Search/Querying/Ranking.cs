namespace XinxingPortal.Search.Querying;

/// <summary>How hits are ordered: by relevance with a lift for newer items, or newest first.</summary>
internal static class Ranking
{
    /// <summary>How much a newer item is lifted over an older one that matches as well: up to a fifth, fading over about a year.</summary>
    private const double RecencyLift = 0.2;

    /// <summary>The day number of an item without a date: it gets no lift.</summary>
    public const int NoDay = int.MinValue;

    /// <summary>The lift by age in days, worked out once: ten years cover nearly every item, older ones are computed.</summary>
    private static readonly double[] LiftByAge = [.. Enumerable.Range(0, 3660).Select(Lift)];

    public static readonly Comparer<Hit> ByDate = Comparer<Hit>.Create((a, b) =>
        b.Date != a.Date ? b.Date.CompareTo(a.Date) : b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));

    public static readonly Comparer<Hit> ByRelevance = Comparer<Hit>.Create((a, b) =>
        b.Score != a.Score ? b.Score.CompareTo(a.Score) : b.Date != a.Date ? b.Date.CompareTo(a.Date) : a.Doc.CompareTo(b.Doc));

    /// <summary>A yyyyMMdd date as a day number (a malformed month or day is clamped), <see cref="NoDay"/> for none.</summary>
    public static int DayNumber(int date) =>
        date <= 0 ? NoDay : new DateOnly(date / 10000, Math.Clamp(date / 100 % 100, 1, 12), Math.Clamp(date % 100, 1, 28)).DayNumber;

    /// <summary>The relevance of a hit dated <paramref name="day"/> as seen <paramref name="today"/> (both day numbers).</summary>
    public static float Lifted(float score, int day, int today)
    {
        if (day == NoDay)
        {
            return score;
        }

        var age = Math.Max(0, today - day);
        return (float)(score * (age < LiftByAge.Length ? LiftByAge[age] : Lift(age)));
    }

    private static double Lift(int age) => 1 + RecencyLift * Math.Exp(-age / 365.0);

    /// <summary>A match: its document (index-wide number), its score and its date (yyyyMMdd).</summary>
    internal readonly record struct Hit(int Doc, float Score, int Date);
}
