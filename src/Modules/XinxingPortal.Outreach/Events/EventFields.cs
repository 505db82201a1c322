using XinxingPortal.Outreach.Data;

namespace XinxingPortal.Outreach.Events;

/// <summary>An event's editable fields, compared and copied as one set.</summary>
internal static class EventFields
{
    /// <summary>Times as ticks: a value read back from SQLite has no DateTimeKind, yet is the same instant.</summary>
    public static object Of(OutreachEvent e) => new
    {
        e.LocalizationSet, e.Culture, e.Slug, e.DisplayText, e.VenueSet, e.OnlineUrl, Start = e.StartUtc.Ticks, End = e.EndUtc.Ticks, e.Audience,
        e.Capacity, Opens = e.RegistrationOpensUtc.Ticks, Closes = e.RegistrationClosesUtc.Ticks, e.Status, e.Description, e.PhotoIds,
    };

    public static void Copy(OutreachEvent from, OutreachEvent to)
    {
        to.Slug = from.Slug;
        to.DisplayText = from.DisplayText;
        to.VenueSet = from.VenueSet;
        to.OnlineUrl = from.OnlineUrl;
        to.StartUtc = from.StartUtc;
        to.EndUtc = from.EndUtc;
        to.Audience = from.Audience;
        to.Capacity = from.Capacity;
        to.RegistrationOpensUtc = from.RegistrationOpensUtc;
        to.RegistrationClosesUtc = from.RegistrationClosesUtc;
        to.Status = from.Status;
        to.Description = from.Description;
        to.DescriptionHtml = from.DescriptionHtml;
        to.PhotoIds = from.PhotoIds;
    }
}
