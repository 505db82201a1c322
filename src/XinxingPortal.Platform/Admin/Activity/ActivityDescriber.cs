using System.Text.RegularExpressions;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Platform.Auditing;

namespace XinxingPortal.Platform.Admin.Activity;

/// <summary>Turns audit entries into rows a reader understands, asking every module's <see cref="IAuditVocabulary"/>.</summary>
internal sealed partial class ActivityDescriber(IEnumerable<IAuditVocabulary> vocabularies)
{
    public ActivityRow Describe(AuditEntry entry)
    {
        string? msgid = null;
        string? url = null;
        foreach (var vocabulary in vocabularies)
        {
            msgid ??= vocabulary.ActionText(entry.Action);
            url ??= vocabulary.AdminUrl(entry.Action, entry.Subject, entry.Detail);
        }

        return new ActivityRow(entry.AtUtc, entry.User, entry.Action, msgid, Words(entry.Action), entry.Subject, url);
    }

    /// <summary>An unknown code in words: "TechTransfer.Outcome.Withdrawn" → "TechTransfer: outcome withdrawn", "media.re-scan" → "Media: re scan".</summary>
    public static string Words(string action)
    {
        var parts = action.Split('.', 2);
        var area = parts[0].Length > 0 ? char.ToUpperInvariant(parts[0][0]) + parts[0][1..] : parts[0];
        if (parts.Length == 1)
        {
            return area;
        }

        var words = WordPattern().Matches(parts[1]).Select(m => m.Value.All(char.IsUpper) ? m.Value : m.Value.ToLowerInvariant());
        return $"{area}: {string.Join(' ', words)}";
    }

    [GeneratedRegex("[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+")]
    private static partial Regex WordPattern();
}
