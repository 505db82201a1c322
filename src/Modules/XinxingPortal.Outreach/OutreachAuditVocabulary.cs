using XinxingPortal.Abstractions.Auditing;

namespace XinxingPortal.Outreach;

/// <summary>Outreach's audit codes: registrations link the event's registration list, edits the event.</summary>
internal sealed class OutreachAuditVocabulary : IAuditVocabulary
{
    public string? ActionText(string action) => action switch
    {
        "outreach.export" => "Exported an event's registrations",
        "outreach.status" => "Changed a registration's status",
        _ => null,
    };

    public string? AdminUrl(string action, string subject, string? detail) =>
        AuditSubject.IdOf(subject, "Event") is { } set ? "~/admin/outreach/" + set
        : AuditSubject.IdOf(subject, "OutreachEvent") is { } id ? "~/admin/outreach/events/" + id
        : null;
}
