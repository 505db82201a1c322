using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Data;

/// <summary>What every moderated posting shares: who posted it and where it stands in review.</summary>
internal abstract class Listing
{
    public string Id { get; set; } = "";
    public string OrganisationId { get; set; } = "";

    /// <summary>The account that posted it; null when a recipe seeded it.</summary>
    public string? PostedBy { get; set; }

    public ReviewStatus Status { get; set; }

    /// <summary>The reviewer's last comment (退回整改) or reason (拒绝).</summary>
    public string? ReviewComment { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>When it was first approved; feeds and "new" lists sort by it.</summary>
    public DateTime? PublishedUtc { get; set; }
}
