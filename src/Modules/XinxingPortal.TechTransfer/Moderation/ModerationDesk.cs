using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Moderation;

/// <summary>
/// Takes outcomes, demands and applications through the kernel's workflow (待审核 → 通过 / 退回整改 / 拒绝). A
/// submission is staged with the poster's edit and committed by the action; a decision is a workflow transition,
/// which commits itself together with the poster's email (see <see cref="ListingReviewHandler{T}"/>).
/// </summary>
internal sealed class ModerationDesk(IWorkflow workflow, MarketMail mail, TimeProvider time)
{
    /// <summary>A new or edited listing goes (back) to the queue through the kernel's workflow, and the moderators are told.</summary>
    public async Task SubmitAsync(Listing listing, ListingKind kind, string title, string by, CancellationToken ct)
    {
        var (what, path) = kind switch
        {
            ListingKind.Outcome => ("Research outcome", $"/admin/techtransfer/review/Outcome/{listing.Id}"),
            ListingKind.Demand => ("Technology demand", $"/admin/techtransfer/review/Demand/{listing.Id}"),
            _ => ("Challenge application", $"/admin/techtransfer/challenges/{(listing as ChallengeApplication)?.ChallengeId}/applications/{listing.Id}"),
        };
        await mail.StaffNoticeAsync(what, title, path, ct);
        var isNew = listing.CreatedUtc == default;
        var now = time.GetUtcNow().UtcDateTime;
        if (isNew)
        {
            listing.CreatedUtc = now;
        }

        listing.UpdatedUtc = now;
        // An edit takes a listing back to review, even a public one: the market shows only what a reviewer passed.
        await (listing switch
        {
            Outcome o => workflow.StageSubmitAsync(o, o.Id, isNew, by, ct),
            Demand d => workflow.StageSubmitAsync(d, d.Id, isNew, by, ct),
            ChallengeApplication a => workflow.StageSubmitAsync(a, a.Id, isNew, by, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(listing)),
        });
    }

    /// <summary>Records a reviewer's decision. Returns the problem as an English msgid, or null when done.</summary>
    public async Task<string?> DecideAsync(Listing listing, ListingKind kind, ReviewDecision? decision, string? comment, string by, CancellationToken ct)
    {
        comment = comment?.Trim();
        if (decision is not { } chosen)
        {
            return "Choose approve, return for changes or reject.";
        }

        if (chosen != ReviewDecision.Approved && string.IsNullOrEmpty(comment))
        {
            return "Say what has to change, or why it is rejected.";
        }

        if (listing.Status != ReviewState.InReview)
        {
            return "This item is no longer waiting for review.";
        }

        try
        {
            _ = kind switch
            {
                ListingKind.Outcome => await workflow.RunAsync<Outcome>(listing.Id, chosen.Action(), by, comment, ct) as Listing,
                ListingKind.Demand => await workflow.RunAsync<Demand>(listing.Id, chosen.Action(), by, comment, ct),
                _ => await workflow.RunAsync<ChallengeApplication>(listing.Id, chosen.Action(), by, comment, ct),
            };
            return null;
        }
        catch (ContentOperationException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>Stages a milestone of the module's own (shortlisted, selected) in the listing's history.</summary>
    public void History(ListingKind kind, string listingId, string action, string by) =>
        workflow.Record(ListingKinds.TypeName(kind), listingId, action, by);
}
