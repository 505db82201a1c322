namespace XinxingPortal.TechTransfer.Listings;

/// <summary>技术成熟度 (TRL) levels 1–9 and what each means, following GB/T 22900-2022's scale.</summary>
internal static class TrlScale
{
    public const int Min = 1;
    public const int Max = 9;

    /// <summary>The meaning of each level, as an English msgid; index 0 is level 1.</summary>
    public static readonly string[] Meanings =
    [
        "Basic principles observed and reported",
        "Technology concept and application formulated",
        "Key functions proven analytically and experimentally",
        "Components validated in the laboratory",
        "Components validated in a relevant environment",
        "Prototype demonstrated in a relevant environment",
        "Prototype demonstrated in an operational environment",
        "System complete and qualified (pilot production)",
        "System proven in operation (mass production)",
    ];

    public static string MeaningOf(int level) => Meanings[Math.Clamp(level, Min, Max) - 1];
}
