using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Moderation;

/// <summary>
/// Moves outcomes, demands and applications through review (待审核 → 通过 / 退回整改 / 拒绝), writing each step
/// to the listing's history and the audit log and telling the poster by email. Saved by the caller's SaveChanges.
/// </summary>
internal sealed class ModerationDesk(IPortalDb db, IAuditLog audit, MarketMail mail, TimeProvider time)
{
    /// <summary>A new or edited listing goes (back) to the queue, and the moderators are told.</summary>
    public async Task SubmitAsync(Listing listing, ListingKind kind, string title, string by, CancellationToken ct)
    {
        var (what, path) = kind switch
        {
            ListingKind.Outcome => ("Research outcome", $"/admin/techtransfer/review/Outcome/{listing.Id}"),
            ListingKind.Demand => ("Technology demand", $"/admin/techtransfer/review/Demand/{listing.Id}"),
            _ => ("Challenge application", $"/admin/techtransfer/challenges/{(listing as ChallengeApplication)?.ChallengeId}/applications/{listing.Id}"),
        };
        await mail.StaffNoticeAsync(what, title, path, ct);
        Submit(listing, kind, by);
    }

    private void Submit(Listing listing, ListingKind kind, string by)
    {
        var resubmitted = listing.CreatedUtc != default && listing.Status != ReviewStatus.Pending;
        var now = time.GetUtcNow().UtcDateTime;
        if (listing.CreatedUtc == default)
        {
            listing.CreatedUtc = now;
        }

        listing.UpdatedUtc = now;
        listing.Status = ReviewStatus.Pending;
        History(kind, listing.Id, resubmitted ? "Resubmitted" : "Submitted", null, by);
    }

    /// <summary>
    /// Records a reviewer's decision. Returned and rejected listings need a comment the poster can act on;
    /// a rejected listing is final. Returns the problem as an English msgid, or null when done.
    /// </summary>
    public async Task<string?> DecideAsync(Listing listing, ListingKind kind, string title, ReviewStatus decision, string? comment, string by, CancellationToken ct)
    {
        comment = comment?.Trim();
        if (decision == ReviewStatus.Pending)
        {
            return "Choose approve, return for changes or reject.";
        }

        if (decision != ReviewStatus.Approved && string.IsNullOrEmpty(comment))
        {
            return "Say what has to change, or why it is rejected.";
        }

        if (listing.Status != ReviewStatus.Pending)
        {
            return "This item is no longer waiting for review.";
        }

        var now = time.GetUtcNow().UtcDateTime;
        listing.Status = decision;
        listing.ReviewComment = decision == ReviewStatus.Approved ? null : comment;
        listing.UpdatedUtc = now;
        if (decision == ReviewStatus.Approved)
        {
            listing.PublishedUtc ??= now;
        }

        History(kind, listing.Id, decision.ToString(), comment, by);
        audit.Record($"TechTransfer.{kind}.{decision}", listing.Id, comment);
        if (await db.Set<Organisation>().FindAsync([listing.OrganisationId], ct) is { } poster)
        {
            mail.ReviewDecided(poster, kind, listing.Id, title, decision, comment);
        }

        return null;
    }

    public void History(ListingKind kind, string listingId, string action, string? comment, string by) =>
        db.Set<ReviewEntry>().Add(new ReviewEntry { Kind = kind, ListingId = listingId, Action = action, Comment = comment, By = by, AtUtc = time.GetUtcNow().UtcDateTime });
}
