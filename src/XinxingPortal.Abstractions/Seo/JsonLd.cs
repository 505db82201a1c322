using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace XinxingPortal.Abstractions.Seo;

/// <summary>
/// schema.org data as a JSON-LD block. Written raw because Razor would encode the "+" of the type attribute;
/// the encoder still escapes &lt;, &gt; and &amp;, so no content can close the script element.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // "+" is escaped by the encoder but harmless in a script block; "+08:00" reads better for people checking the data.
    public static IHtmlContent Script(object data) =>
        new HtmlString($"<script type=\"application/ld+json\">{JsonSerializer.Serialize(data, Options).Replace("\\u002B", "+", StringComparison.Ordinal)}</script>");
}
