using XinxingPortal.Abstractions.Auditing;

namespace XinxingPortal.Policies;

/// <summary>The policy library's audit codes, each linking the document it names.</summary>
internal sealed class PoliciesAuditVocabulary : IAuditVocabulary
{
    public string? ActionText(string action) => action switch
    {
        "PolicyDocument.Submit" => "Submitted a policy document for review",
        "PolicyDocument.Approve" => "Approved a policy document",
        "PolicyDocument.Return" => "Returned a policy document",
        "policy.validity" => "Changed a policy document's validity",
        "policy.attach" => "Attached a file to a policy document",
        "policy.detach" => "Removed a file from a policy document",
        _ => null,
    };

    public string? AdminUrl(string action, string subject, string? detail) =>
        AuditSubject.IdOf(subject, "PolicyDocument") is { } id ? "~/admin/policies/" + id : null;
}
