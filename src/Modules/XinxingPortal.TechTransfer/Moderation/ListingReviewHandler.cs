using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Matching;

namespace XinxingPortal.TechTransfer.Moderation;

/// <summary>
/// The market's part of a review decision, in the decision's transaction: the dates the lists sort by, the poster's
/// email, and for a newly public outcome the alerts to matching demands.
/// </summary>
internal sealed class ListingReviewHandler<T>(IPortalDb db, MarketMail mail, MatchAlerts alerts, TimeProvider time) : IWorkflowHandler<T>
    where T : Listing
{
    public async Task OnTransitionAsync(WorkflowTransition<T> transition, CancellationToken ct)
    {
        var listing = transition.Item;
        var now = time.GetUtcNow().UtcDateTime;
        listing.UpdatedUtc = now;
        if (transition.To == ReviewState.Published)
        {
            listing.PublishedUtc ??= now;
        }

        if (transition.Action is WorkflowAction.Approve or WorkflowAction.Return or WorkflowAction.Reject
            && await db.Set<Organisation>().FindAsync([listing.OrganisationId], ct) is { } poster)
        {
            mail.ReviewDecided(poster, ListingKinds.Of(listing), listing.Id, await TitleAsync(listing, ct), transition.To, transition.Note);
        }

        if (transition.To == ReviewState.Published)
        {
            await alerts.ListingApprovedAsync(listing, ct);
        }
    }

    private async Task<string> TitleAsync(Listing listing, CancellationToken ct) => listing switch
    {
        Outcome o => o.Title,
        Demand d => d.Title,
        ChallengeApplication a => $"{(await db.Set<Challenge>().FindAsync([a.ChallengeId], ct))?.Title} · {a.TeamName}",
        _ => listing.Id,
    };
}
