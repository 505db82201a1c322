using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace XinxingPortal.TechTransfer.Challenges;

/// <summary>
/// schema.org data as a JSON-LD block. Written raw because Razor would encode the "+" of the type attribute;
/// the encoder still escapes &lt;, &gt; and &amp;, so no content can close the script element.
/// </summary>
internal static class JsonLdScript
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static IHtmlContent For(object data) =>
        new HtmlString($"<script type=\"application/ld+json\">{JsonSerializer.Serialize(data, Options).Replace("\\u002B", "+", StringComparison.Ordinal)}</script>");
}
