using XinxingPortal.Abstractions.Content;
using XinxingPortal.Outreach.Events;

namespace XinxingPortal.Outreach.Data;

/// <summary>A version of a 科普活动. DisplayText is its title; times are stored in UTC.</summary>
internal sealed class OutreachEvent : ContentVersion
{
    /// <summary>The localization set of the venue, or null for an online event.</summary>
    public string? VenueSet { get; set; }

    public string? OnlineUrl { get; set; }
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }
    public string Audience { get; set; } = "";
    public int Capacity { get; set; }
    public DateTime RegistrationOpensUtc { get; set; }
    public DateTime RegistrationClosesUtc { get; set; }
    public EventStatus Status { get; set; }
    public string Description { get; set; } = "";
    public string DescriptionHtml { get; set; } = "";
    public List<string> PhotoIds { get; set; } = [];
}
