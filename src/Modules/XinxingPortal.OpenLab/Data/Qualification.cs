namespace XinxingPortal.OpenLab.Data;

/// <summary>A user's training record on one instrument, granted (and perhaps revoked) by a lab manager.</summary>
internal sealed class Qualification
{
    public string Id { get; set; } = "";
    public string InstrumentId { get; set; } = "";
    public string UserName { get; set; } = "";
    public DateOnly GrantedOn { get; set; }
    public string GrantedBy { get; set; } = "";
    public string Note { get; set; } = "";
    public DateOnly? RevokedOn { get; set; }
    public string? RevokeNote { get; set; }
}
