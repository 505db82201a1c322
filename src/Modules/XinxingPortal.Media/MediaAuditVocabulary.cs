using XinxingPortal.Abstractions.Auditing;

namespace XinxingPortal.Media;

/// <summary>The media library's audit codes; an upload links to the library (a deleted image has no page).</summary>
internal sealed class MediaAuditVocabulary : IAuditVocabulary
{
    public string? ActionText(string action) => action switch
    {
        "media.upload" => "Uploaded an image",
        "media.delete" => "Deleted an image",
        _ => null,
    };

    public string? AdminUrl(string action, string subject, string? detail) =>
        action == "media.upload" && AuditSubject.IdOf(subject, "Media") is not null ? "~/admin/media" : null;
}
