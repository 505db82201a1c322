using System.Text.RegularExpressions;

namespace XinxingPortal.Policies.Documents;

/// <summary>发文字号: agency abbreviation, year in 〔〕 (full-width hexagonal brackets), serial and 号.</summary>
internal static partial class DocumentNumber
{
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}[\p{IsCJKUnifiedIdeographs}\w]*〔(19|20)\d{2}〕[1-9]\d{0,4}号$")]
    private static partial Regex Pattern();

    public static bool IsValid(string value) => Pattern().IsMatch(value);
}
