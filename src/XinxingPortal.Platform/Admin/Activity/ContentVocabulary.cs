using XinxingPortal.Abstractions.Auditing;

namespace XinxingPortal.Platform.Admin.Activity;

/// <summary>The content kernel's codes; the modules that own the content types link their items.</summary>
internal sealed class ContentVocabulary : IAuditVocabulary
{
    public string? ActionText(string action) => action switch
    {
        "content.create" => "Created a draft",
        "content.save-draft" => "Saved a draft",
        "content.publish" => "Published content",
        "content.unpublish" => "Unpublished content",
        "content.discard-draft" => "Discarded a draft",
        _ => null,
    };

    public string? AdminUrl(string action, string subject, string? detail) => null;
}
