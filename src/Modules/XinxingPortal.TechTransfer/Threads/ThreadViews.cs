using XinxingPortal.Abstractions.Paging;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>A thread with its messages, oldest first, for one of its parties or staff.</summary>
internal sealed record ThreadPage(ThreadParty Viewer, Organisation? Starter, Organisation? Owner, IReadOnlyList<ThreadMessage> Messages)
{
    public InterestThread Thread => Viewer.Thread;

    /// <summary>The reply form, refilled with what was typed when a message is refused.</summary>
    public MessageInput Reply { get; init; } = new();

    /// <summary>The author's organisation name, or null for a message from bureau staff.</summary>
    public string? AuthorOf(ThreadMessage message) =>
        message.OrganisationId is null ? null
        : message.OrganisationId == Starter?.Id ? Starter.Name
        : message.OrganisationId == Owner?.Id ? Owner.Name
        : message.AuthorName;
}

/// <summary>One line of a list of threads.</summary>
internal sealed record ThreadRow(InterestThread Thread, string StarterName, string OwnerName, DateTime? LastMessageUtc)
{
    /// <summary>The organisation on the other side from <paramref name="organisationId"/>.</summary>
    public string OtherParty(string organisationId) => Thread.StarterOrganisationId == organisationId ? OwnerName : StarterName;
}

/// <summary>The signed-in user's organisation's threads, on both sides.</summary>
internal sealed record MyThreads(Organisation? Organisation, IReadOnlyList<ThreadRow> Rows);

/// <summary>The staff list: a page of threads, the status filter and the market's thread statistics.</summary>
internal sealed record ThreadList(Page<ThreadRow> Rows, ThreadStatus? Status, ThreadCounts Counts);

/// <summary>The stand-alone page to express interest, for when the listing page's form needs saying again.</summary>
internal sealed record InterestPage(InterestStanding Standing, MessageInput Input, string? Refusal);

/// <summary>
/// The model of the <c>_InterestForm</c> partial that outcome and demand pages include:
/// <c>&lt;partial name="_InterestForm" model="new InterestForm(ListingKind.Outcome, id)" /&gt;</c>.
/// </summary>
internal sealed record InterestForm(Moderation.ListingKind Kind, string ListingId, string Body = "");
