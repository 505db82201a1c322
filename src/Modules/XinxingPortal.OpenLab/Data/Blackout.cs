namespace XinxingPortal.OpenLab.Data;

/// <summary>A time an instrument cannot be booked (maintenance, holidays), in UTC.</summary>
internal sealed class Blackout
{
    public string Id { get; set; } = "";
    public string InstrumentId { get; set; } = "";
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }
    public string Reason { get; set; } = "";
}
