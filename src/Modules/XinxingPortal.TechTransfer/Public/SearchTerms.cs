namespace XinxingPortal.TechTransfer.Public;

/// <summary>Splits a search box's text into terms that must all appear (AND), so "煤焦油 加氢" narrows rather than widens.</summary>
internal sealed class SearchTerms
{
    private const int MaxTerms = 6;

    public IReadOnlyList<string> Of(string? query) =>
        [.. (query ?? "").Split([' ', '\u3000', ',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace("[", "", StringComparison.Ordinal))
            .Where(t => t.Length > 0 && t.Length <= 40).Distinct().Take(MaxTerms)];
}
