using XinxingPortal.Abstractions.Changes;
using XinxingPortal.Abstractions.Workflow;

namespace XinxingPortal.Abstractions.Content;

/// <summary>
/// One version of a content item. Each content type is a typed subclass with its own table;
/// the database guarantees at most one Latest and one Published row per item.
/// </summary>
public abstract class ContentVersion : IReviewable, IFeedItem
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public int Number { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public string Culture { get; set; } = "zh-CN";

    /// <summary>Links the translations of one piece of content.</summary>
    public string LocalizationSet { get; set; } = "";

    public string Slug { get; set; } = "";
    public string DisplayText { get; set; } = "";
    public string? Owner { get; set; }

    /// <summary>Who saved this version.</summary>
    public string? Author { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public string? ChangeNote { get; set; }
    public string? UnpublishReason { get; set; }

    /// <summary>Where this version stands in the kernel's workflow; kept on the latest version.</summary>
    public ReviewState ReviewState { get; set; }
    public string? ReviewComment { get; set; }
    public string? SubmittedBy { get; set; }

    string IFeedItem.FeedItemId => ContentItemId;
    string IFeedItem.FeedCulture => Culture;
    bool IFeedItem.IsPublic => Published;

    /// <summary>A copy holding the same content, ready to become a new version or translation.</summary>
    public ContentVersion CloneContent()
    {
        var copy = (ContentVersion)MemberwiseClone();
        copy.Id = 0;
        copy.Latest = false;
        copy.Published = false;
        copy.PublishedUtc = null;
        copy.ChangeNote = null;
        copy.UnpublishReason = null;
        copy.ReviewState = ReviewState.Draft;
        copy.ReviewComment = null;
        copy.SubmittedBy = null;
        return copy;
    }
}
