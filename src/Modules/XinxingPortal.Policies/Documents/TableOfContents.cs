using System.Text.RegularExpressions;
using XinxingPortal.Abstractions.Content;

namespace XinxingPortal.Policies.Documents;

/// <summary>The headings of a long document, read from its sanitized HTML (Markdig gives every heading an id).</summary>
internal static partial class TableOfContents
{
    /// <summary>Documents with fewer headings read fine without a table of contents.</summary>
    public const int MinimumHeadings = 4;

    [GeneratedRegex("<h(?<level>[23]) id=\"(?<id>[^\"]+)\">(?<text>.*?)</h[23]>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    public static IReadOnlyList<TocEntry> From(string html)
    {
        var entries = Heading().Matches(html)
            .Select(m => new TocEntry(int.Parse(m.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["id"].Value,
                HtmlText.Plain(m.Groups["text"].Value)))
            .ToList();
        return entries.Count >= MinimumHeadings ? entries : [];
    }
}

internal sealed record TocEntry(int Level, string Id, string Text);
