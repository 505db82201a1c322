using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Data;

/// <summary>One step in a listing's history (submitted, approved, returned, rejected, resubmitted), shown to its poster.</summary>
internal sealed class ReviewEntry
{
    public long Id { get; set; }
    public ListingKind Kind { get; set; }
    public string ListingId { get; set; } = "";
    public string Action { get; set; } = "";
    public string? Comment { get; set; }
    public string By { get; set; } = "";
    public DateTime AtUtc { get; set; }
}
