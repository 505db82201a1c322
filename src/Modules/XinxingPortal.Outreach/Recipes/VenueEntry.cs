namespace XinxingPortal.Outreach.Recipes;

internal sealed record HoursEntry(string Day, string Opens, string Closes);

internal sealed record ClosureEntry(DateOnly From, DateOnly To, string Reason);

/// <summary>A venue as a recipe writes it.</summary>
internal sealed record VenueEntry(
    string ContentItemId,
    string Culture,
    string Slug,
    string Name,
    string Type,
    string Address,
    string? LocalizationSet = null,
    string? Operator = null,
    string? District = null,
    double? Latitude = null,
    double? Longitude = null,
    IReadOnlyList<HoursEntry>? Hours = null,
    IReadOnlyList<ClosureEntry>? Closures = null,
    string? BookingMethod = null,
    string? Fees = null,
    string? FreeDays = null,
    int? ExhibitionArea = null,
    string? Audience = null,
    string? Accessibility = null,
    string? AccreditationBatch = null,
    DateOnly? AccreditedUntil = null,
    string? Contact = null,
    string? Description = null,
    IReadOnlyList<string>? Photos = null,
    bool? Published = null);
