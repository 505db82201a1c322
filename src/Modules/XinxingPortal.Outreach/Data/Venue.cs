using XinxingPortal.Abstractions.Content;
using XinxingPortal.Outreach.Venues;

namespace XinxingPortal.Outreach.Data;

/// <summary>A version of a 科普教育基地. DisplayText is its name.</summary>
internal sealed class Venue : ContentVersion
{
    public VenueType Type { get; set; }
    public string Operator { get; set; } = "";
    public string Address { get; set; } = "";
    public string District { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public List<OpeningPeriod> Hours { get; set; } = [];
    public List<Closure> Closures { get; set; } = [];
    public string BookingMethod { get; set; } = "";
    public string Fees { get; set; } = "";
    public string FreeDays { get; set; } = "";
    public int? ExhibitionAreaSquareMetres { get; set; }
    public string Audience { get; set; } = "";
    public string Accessibility { get; set; } = "";
    public string AccreditationBatch { get; set; } = "";
    public DateOnly? AccreditedUntil { get; set; }
    public string Contact { get; set; } = "";
    public string Description { get; set; } = "";
    public string DescriptionHtml { get; set; } = "";

    /// <summary>Media ids of the venue's photos, in order.</summary>
    public List<string> PhotoIds { get; set; } = [];
}
