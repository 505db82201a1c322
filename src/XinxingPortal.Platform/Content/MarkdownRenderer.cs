using Ganss.Xss;
using Markdig;
using XinxingPortal.Abstractions.Content;

namespace XinxingPortal.Platform.Content;

/// <summary>
/// Markdig passes raw HTML straight through, so every rendering is sanitized afterwards:
/// scripts, event handlers and javascript: links never reach a page.
/// Content is rendered when it is saved, so a node that only serves pages never needs Markdig or the sanitizer; both
/// are built on the first rendering rather than with the renderer, which saves such a node the assemblies (AngleSharp
/// and its CSS tables among them) and a few megabytes of resident memory.
/// </summary>
internal sealed class MarkdownRenderer : IMarkdownRenderer
{
    public string ToSafeHtml(string markdown) => Parts.Sanitizer.Sanitize(Markdown.ToHtml(markdown, Parts.Pipeline));

    /// <summary>Built on first use by the runtime (a static class's fields are set when it is first touched), once per process.</summary>
    private static class Parts
    {
        public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
            .UseAdvancedExtensions()
            .Build();

        // HtmlSanitizer is documented as safe to share between threads once configured.
        public static readonly HtmlSanitizer Sanitizer = CreateSanitizer();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("dir");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        return sanitizer;
    }
}
