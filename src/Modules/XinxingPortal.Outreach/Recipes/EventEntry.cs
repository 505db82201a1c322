namespace XinxingPortal.Outreach.Recipes;

/// <summary>An event as a recipe writes it; times are Beijing time, like "2026-12-12T10:00".</summary>
internal sealed record EventEntry(
    string ContentItemId,
    string Culture,
    string Slug,
    string Title,
    DateTime Start,
    DateTime End,
    int Capacity,
    DateTime RegistrationOpens,
    DateTime RegistrationCloses,
    string? LocalizationSet = null,
    string? Venue = null,
    string? OnlineUrl = null,
    string? Audience = null,
    string? Status = null,
    string? Description = null,
    IReadOnlyList<string>? Photos = null,
    bool? Published = null);
