using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Tenants;

namespace XinxingPortal.TechTransfer;

/// <summary>The market's audit codes ("TechTransfer.Outcome.Approved" …) and their admin pages, linked while the feature is on.</summary>
internal sealed class MarketAuditVocabulary(ITenantContext tenant) : IAuditVocabulary
{
    private const string Prefix = "TechTransfer.";

    /// <summary>Review decisions are recorded by the kernel's workflow as "{type}.{action}", the subject "{type}:{id}".</summary>
    private static string? Decision(string action) => action switch
    {
        "Outcome.Approve" => "Approved an outcome",
        "Outcome.Return" => "Returned an outcome for changes",
        "Outcome.Reject" => "Rejected an outcome",
        "Demand.Approve" => "Approved a demand",
        "Demand.Return" => "Returned a demand for changes",
        "Demand.Reject" => "Rejected a demand",
        "ChallengeApplication.Approve" => "Approved a challenge application",
        "ChallengeApplication.Return" => "Returned a challenge application for changes",
        "ChallengeApplication.Reject" => "Rejected a challenge application",
        _ => null,
    };

    public string? ActionText(string action) => Decision(action) ?? (action.StartsWith(Prefix, StringComparison.Ordinal) ? action[Prefix.Length..] switch
    {
        "Outcome.Approved" => "Approved an outcome",
        "Outcome.Returned" => "Returned an outcome for changes",
        "Outcome.Rejected" => "Rejected an outcome",
        "Demand.Approved" => "Approved a demand",
        "Demand.Returned" => "Returned a demand for changes",
        "Demand.Rejected" => "Rejected a demand",
        "Application.Approved" => "Approved a challenge application",
        "Application.Returned" => "Returned a challenge application for changes",
        "Application.Rejected" => "Rejected a challenge application",
        "Application.Shortlisted" => "Shortlisted a challenge application",
        "Application.RemovedFromShortlist" => "Took a challenge application off the shortlist",
        "Challenge.Created" => "Created a challenge",
        "Challenge.Edited" => "Edited a challenge",
        "Challenge.Published" => "Published a challenge",
        "Challenge.Unpublished" => "Unpublished a challenge",
        "Challenge.Announced" => "Announced a challenge's winner",
        "Organisation.Verified" => "Verified an organisation",
        "Organisation.Rejected" => "Refused to verify an organisation",
        "Organisation.Resubmitted" => "Resubmitted an organisation's registration",
        "Thread.Agreed" => "Closed an expression of interest: agreed",
        "Thread.NotAgreed" => "Closed an expression of interest: not agreed",
        _ => null,
    } : null);

    public string? AdminUrl(string action, string subject, string? detail)
    {
        if (Decision(action) is not null)
        {
            return (AuditSubject.IdOf(subject, "Outcome"), AuditSubject.IdOf(subject, "Demand")) switch
            {
                ({ } outcome, _) when tenant.IsFeatureEnabled(TechTransferFeature.Listings) => "~/admin/techtransfer/review/Outcome/" + outcome,
                (_, { } demand) when tenant.IsFeatureEnabled(TechTransferFeature.Listings) => "~/admin/techtransfer/review/Demand/" + demand,
                _ => null, // an application's page needs its challenge, which the decision's entry does not name
            };
        }

        // Only codes this class knows: an unknown one may name something that has no admin page.
        if (ActionText(action) is null)
        {
            return null;
        }

        var id = Uri.EscapeDataString(subject);
        var kind = action[Prefix.Length..action.LastIndexOf('.')];
        return kind switch
        {
            "Outcome" or "Demand" when tenant.IsFeatureEnabled(TechTransferFeature.Listings) => $"~/admin/techtransfer/review/{kind}/{id}",
            "Challenge" when tenant.IsFeatureEnabled(TechTransferFeature.Challenges) => "~/admin/techtransfer/challenges/" + id,
            // Shortlist entries carry the challenge in the detail; review decisions carry the reviewer's comment there.
            "Application" when detail is { Length: > 0 } && action.Contains("Shortlist", StringComparison.Ordinal)
                && tenant.IsFeatureEnabled(TechTransferFeature.Challenges) => $"~/admin/techtransfer/challenges/{Uri.EscapeDataString(detail)}/applications/{id}",
            "Thread" when tenant.IsFeatureEnabled(TechTransferFeature.Threads) => "~/admin/techtransfer/threads/" + id,
            _ => null,
        };
    }
}
