namespace XinxingPortal.TechTransfer.Data;

/// <summary>Records that a demand's poster was told about an outcome, so they are told once.</summary>
internal sealed class MatchNotice
{
    public string DemandId { get; set; } = "";
    public string OutcomeId { get; set; } = "";
    public DateTime SentUtc { get; set; }
}
