using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.Abstractions.Changes;
using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Data;

/// <summary>What every moderated posting shares: who posted it and where it stands in review.</summary>
internal abstract class Listing : IFeedItem, IReviewable
{
    public string Id { get; set; } = "";
    public string OrganisationId { get; set; } = "";

    /// <summary>The account that posted it; null when a recipe seeded it.</summary>
    public string? PostedBy { get; set; }

    /// <summary>Where it stands in the kernel's workflow; a concurrency token, so a decision is a conditional update.</summary>
    public ReviewState Status { get; set; }

    /// <summary>Who last submitted it for review.</summary>
    public string? SubmittedBy { get; set; }

    /// <summary>The reviewer's last comment (退回整改) or reason (拒绝).</summary>
    public string? ReviewComment { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>When it was first approved; feeds and "new" lists sort by it.</summary>
    public DateTime? PublishedUtc { get; set; }

    string IFeedItem.FeedItemId => Id;

    /// <summary>Listings are written in Chinese; the interface around them is translated.</summary>
    string IFeedItem.FeedCulture => "zh-CN";

    bool IFeedItem.IsPublic => Status == ReviewState.Published;

    ReviewState IReviewable.ReviewState { get => Status; set => Status = value; }
}
