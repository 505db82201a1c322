using XinxingPortal.Outreach.Data;

namespace XinxingPortal.Outreach.Venues;

/// <summary>A venue's editable fields, compared and copied as one set.</summary>
internal static class VenueFields
{
    public static object Of(Venue v) => new
    {
        v.LocalizationSet, v.Culture, v.Slug, v.DisplayText, v.Type, v.Operator, v.Address, v.District, v.Latitude, v.Longitude,
        v.Hours, v.Closures, v.BookingMethod, v.Fees, v.FreeDays, v.ExhibitionAreaSquareMetres, v.Audience, v.Accessibility,
        v.AccreditationBatch, v.AccreditedUntil, v.Contact, v.Description, v.PhotoIds,
    };

    public static void Copy(Venue from, Venue to)
    {
        to.Slug = from.Slug;
        to.DisplayText = from.DisplayText;
        to.Type = from.Type;
        to.Operator = from.Operator;
        to.Address = from.Address;
        to.District = from.District;
        to.Latitude = from.Latitude;
        to.Longitude = from.Longitude;
        to.Hours = from.Hours;
        to.Closures = from.Closures;
        to.BookingMethod = from.BookingMethod;
        to.Fees = from.Fees;
        to.FreeDays = from.FreeDays;
        to.ExhibitionAreaSquareMetres = from.ExhibitionAreaSquareMetres;
        to.Audience = from.Audience;
        to.Accessibility = from.Accessibility;
        to.AccreditationBatch = from.AccreditationBatch;
        to.AccreditedUntil = from.AccreditedUntil;
        to.Contact = from.Contact;
        to.Description = from.Description;
        to.DescriptionHtml = from.DescriptionHtml;
        to.PhotoIds = from.PhotoIds;
    }
}
