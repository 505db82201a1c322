namespace XinxingPortal.TechTransfer.Data;

internal sealed class ThreadMessage
{
    public long Id { get; set; }
    public string ThreadId { get; set; } = "";

    /// <summary>The author's organisation, or null for bureau staff.</summary>
    public string? OrganisationId { get; set; }

    public string AuthorName { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime AtUtc { get; set; }
}
