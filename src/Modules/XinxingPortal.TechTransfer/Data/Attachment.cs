using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Data;

/// <summary>A file attached to an outcome or an application, kept in the module's storage under its id.</summary>
internal sealed class Attachment
{
    public string Id { get; set; } = "";
    public ListingKind OwnerKind { get; set; }
    public string OwnerId { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public DateTime UploadedUtc { get; set; }
}
