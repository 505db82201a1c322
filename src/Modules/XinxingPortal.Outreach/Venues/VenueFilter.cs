namespace XinxingPortal.Outreach.Venues;

internal sealed record VenueFilter(VenueType? Type, string? District, bool OpenToday)
{
    public static VenueFilter From(Microsoft.AspNetCore.Http.IQueryCollection q) => new(
        Enum.TryParse<VenueType>(q["type"], true, out var t) && Enum.IsDefined(t) && !int.TryParse(q["type"], out _) ? t : null,
        q["district"].FirstOrDefault() is { Length: > 0 and <= 64 } d ? d : null,
        q["open"] == "today");
}
