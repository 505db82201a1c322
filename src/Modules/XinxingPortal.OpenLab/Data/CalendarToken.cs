namespace XinxingPortal.OpenLab.Data;

/// <summary>The secret in a user's private booking feed URL; replacing it revokes the old URL.</summary>
internal sealed class CalendarToken
{
    public string UserName { get; set; } = "";
    public string Token { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
