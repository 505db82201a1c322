namespace XinxingPortal.TechTransfer.Listings;

/// <summary>How free-text list fields (keywords, patents) are split into their items.</summary>
internal static class ListingText
{
    public const int MaxKeywords = 3;

    private static readonly char[] KeywordSeparators = [',', '，', '、', ';', '；', ' ', '\u3000'];

    public static List<string> Keywords(string? text) =>
        [.. (text ?? "").Split(KeywordSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];

    public static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];
}
