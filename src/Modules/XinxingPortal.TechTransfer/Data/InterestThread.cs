using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Threads;

namespace XinxingPortal.TechTransfer.Data;

/// <summary>意向洽谈: a private conversation between the organisation that opened it and the listing's poster.</summary>
internal sealed class InterestThread
{
    public string Id { get; set; } = "";
    public ListingKind Kind { get; set; }
    public string ListingId { get; set; } = "";
    public string ListingTitle { get; set; } = "";
    public string StarterOrganisationId { get; set; } = "";
    public string OwnerOrganisationId { get; set; } = "";
    public ThreadStatus Status { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }
}
