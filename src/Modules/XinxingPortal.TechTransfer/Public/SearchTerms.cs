using XinxingPortal.TechTransfer.Matching;

namespace XinxingPortal.TechTransfer.Public;

/// <summary>
/// Splits a search box's text into terms that must all appear (AND), so "煤焦油 加氢" narrows rather than widens.
/// A long run of Chinese without spaces ("煤焦油加氢技术") is cut into words first, so it still finds
/// "煤焦油全馏分加氢" instead of demanding the exact phrase.
/// </summary>
internal sealed class SearchTerms(TermExtractor extractor)
{
    private const int MaxTerms = 6;
    private const int PhraseLength = 4;

    public IReadOnlyList<string> Of(string? query) =>
        [.. (query ?? "").Split([' ', '\u3000', ',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace("[", "", StringComparison.Ordinal))
            .Where(t => t.Length > 0 && t.Length <= 40)
            .SelectMany(Words).Distinct().Take(MaxTerms)];

    private IEnumerable<string> Words(string token)
    {
        if (token.Length <= PhraseLength || !token.Any(c => c >= '\u4e00' && c <= '\u9fff'))
        {
            return [token];
        }

        var words = extractor.Terms(token).Where(w => token.Contains(w, StringComparison.Ordinal)).ToList();
        return words.Count > 0 ? words : [token];
    }
}
