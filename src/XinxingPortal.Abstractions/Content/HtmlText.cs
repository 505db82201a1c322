using System.Net;
using System.Text.RegularExpressions;

namespace XinxingPortal.Abstractions.Content;

/// <summary>Plain text from sanitized HTML, for Description meta tags, feeds and search snippets.</summary>
public static partial class HtmlText
{
    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static string Plain(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    /// <summary>The opening words, cut at <paramref name="length"/> characters with an ellipsis.</summary>
    public static string Summary(string html, int length = 120)
    {
        var text = Plain(html);
        return text.Length <= length ? text : text[..length] + "…";
    }
}
