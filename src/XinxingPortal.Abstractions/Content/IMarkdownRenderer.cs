namespace XinxingPortal.Abstractions.Content;

public interface IMarkdownRenderer
{
    /// <summary>Renders Markdown to HTML that is safe to emit unencoded.</summary>
    string ToSafeHtml(string markdown);
}
