using XinxingPortal.Abstractions.Auditing;

namespace XinxingPortal.Pages;

/// <summary>Pages record through the content kernel ("content.*"); this links the page an entry names.</summary>
internal sealed class PagesAuditVocabulary : IAuditVocabulary
{
    public string? ActionText(string action) => action == "Page.Publish" ? "Published content" : null;

    public string? AdminUrl(string action, string subject, string? detail) =>
        AuditSubject.IdOf(subject, "Page") is { } id ? "~/admin/pages/" + id : null;
}
