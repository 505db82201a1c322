using XinxingPortal.Abstractions.Content;

namespace XinxingPortal.Pages.Data;

/// <summary>A version of an institutional page. DisplayText is its title.</summary>
internal sealed class Page : ContentVersion
{
    public string Body { get; set; } = "";

    /// <summary>The body rendered and sanitized when saved, so reading a page never renders Markdown.</summary>
    public string BodyHtml { get; set; } = "";
}
