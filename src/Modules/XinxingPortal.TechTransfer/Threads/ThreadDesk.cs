using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>
/// 意向洽谈: opens threads, adds messages and closes them, telling the other side by email each time. Every rule
/// about who may do what lives here; the controllers only turn the answers into pages.
/// </summary>
internal sealed class ThreadDesk(IPortalDb db, MarketAccess market, InterestListings listings, ThreadMail mail, IAuditLog audit, TimeProvider time)
{
    public async Task<InterestStanding> StandingAsync(ListingKind kind, string listingId, CancellationToken ct)
    {
        var listing = await listings.FindAsync(kind, listingId, ct);
        if (listing is null)
        {
            return new(InterestState.NoListing, null, null, null);
        }

        var organisation = await market.OrganisationAsync(ct);
        if (organisation?.Id == listing.OrganisationId)
        {
            return new(InterestState.Owner, listing, organisation, null);
        }

        if (listing.Expired)
        {
            return new(InterestState.Expired, listing, organisation, null);
        }

        if (market.UserId is null)
        {
            return new(InterestState.SignIn, listing, null, null);
        }

        if (await market.VerifiedOrganisationAsync(ct) is null)
        {
            return new(await market.IsStaffAsync() ? InterestState.Staff : InterestState.NeedsVerification, listing, organisation, null);
        }

        var existing = await db.Set<InterestThread>().FirstOrDefaultAsync(
            t => t.Kind == kind && t.ListingId == listing.Id && t.StarterOrganisationId == organisation!.Id, ct);
        return new(existing is null ? InterestState.CanOpen : InterestState.AlreadyOpen, listing, organisation, existing);
    }

    /// <summary>
    /// Opens the thread with its first message, or adds the message to the thread this organisation already has
    /// about the listing. Call only in the CanOpen or AlreadyOpen state. Returns the thread and, when nothing was
    /// stored, why (an English msgid).
    /// </summary>
    public async Task<(InterestThread Thread, string? Problem)> OpenAsync(InterestStanding standing, string body, CancellationToken ct)
    {
        if (standing is not { State: InterestState.CanOpen or InterestState.AlreadyOpen, Listing: { } listing, Organisation: { } starter })
        {
            throw new InvalidOperationException("Only a verified organisation that is not the poster can open a thread.");
        }

        if (standing.Existing is { } existing)
        {
            return (existing, await PostAsync(new ThreadParty(existing, starter, false), body, ct));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var thread = new InterestThread
        {
            Id = Guid.NewGuid().ToString("N"),
            Kind = listing.Kind,
            ListingId = listing.Id,
            ListingTitle = listing.Title,
            StarterOrganisationId = starter.Id,
            OwnerOrganisationId = listing.OrganisationId,
            Status = ThreadStatus.Open,
            CreatedUtc = now,
        };
        db.Set<InterestThread>().Add(thread);
        db.Set<ThreadMessage>().Add(new ThreadMessage { ThreadId = thread.Id, OrganisationId = starter.Id, AuthorName = market.UserName, Body = body.Trim(), AtUtc = now });
        if (await db.Set<Organisation>().FindAsync([listing.OrganisationId], ct) is { } owner)
        {
            mail.Opened(thread, starter, owner, body.Trim());
        }

        return (thread, null);
    }

    /// <summary>
    /// When two submissions raced, the unique index kept one thread per listing and organisation: the one that was
    /// saved, to send the user to rather than fail. Nothing of the losing attempt is saved; the user is told so.
    /// </summary>
    public async Task<(InterestThread Thread, string Problem)> RaceLostAsync(InterestThread attempt, CancellationToken ct)
    {
        db.Set<InterestThread>().Entry(attempt).State = EntityState.Detached;
        var winner = await db.Set<InterestThread>().AsNoTracking().FirstOrDefaultAsync(
            t => t.Kind == attempt.Kind && t.ListingId == attempt.ListingId && t.StarterOrganisationId == attempt.StarterOrganisationId, ct);
        return winner is null
            ? throw new InvalidOperationException("Saving the thread failed.")
            : (winner, "You already had a conversation about this listing; your message was not sent. Send it here.");
    }

    /// <summary>Stages a message and the emails to the other side (both sides when staff write). Returns why not, or null.</summary>
    public async Task<string?> PostAsync(ThreadParty viewer, string body, CancellationToken ct)
    {
        var thread = viewer.Thread;
        if (thread.Status != ThreadStatus.Open)
        {
            return "This conversation is closed; no more messages can be sent.";
        }

        var author = viewer.Organisation;
        var text = body.Trim();
        db.Set<ThreadMessage>().Add(new ThreadMessage { ThreadId = thread.Id, OrganisationId = author?.Id, AuthorName = market.UserName, Body = text, AtUtc = time.GetUtcNow().UtcDateTime });
        foreach (var recipient in await RecipientsAsync(thread, author, ct))
        {
            mail.Message(thread, recipient, author, text);
        }

        return null;
    }

    /// <summary>Closes the thread as 达成意向 or 未达成; the other side (both, when staff close it) is told.</summary>
    public async Task<string?> CloseAsync(ThreadParty viewer, ThreadStatus outcome, CancellationToken ct)
    {
        var thread = viewer.Thread;
        if (outcome == ThreadStatus.Open || !Enum.IsDefined(outcome))
        {
            return "Choose whether the parties reached an agreement.";
        }

        if (thread.Status != ThreadStatus.Open)
        {
            return "This conversation is already closed.";
        }

        thread.Status = outcome;
        thread.ClosedUtc = time.GetUtcNow().UtcDateTime;
        audit.Record($"TechTransfer.Thread.{outcome}", thread.Id, $"{thread.Kind}:{thread.ListingId} by {viewer.Organisation?.Name ?? "staff"}");
        foreach (var recipient in await RecipientsAsync(thread, viewer.Organisation, ct))
        {
            mail.Closed(thread, recipient, viewer.Organisation);
        }

        return null;
    }

    private async Task<List<Organisation>> RecipientsAsync(InterestThread thread, Organisation? author, CancellationToken ct)
    {
        var ids = new[] { thread.StarterOrganisationId, thread.OwnerOrganisationId }.Where(id => id != author?.Id).ToList();
        return await db.Set<Organisation>().Where(o => ids.Contains(o.Id)).ToListAsync(ct);
    }
}
