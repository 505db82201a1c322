namespace XinxingPortal.Policies.Recipes;

/// <summary>A document as a recipe writes it.</summary>
internal sealed record PolicyEntry(
    string ContentItemId,
    string Culture,
    string Type,
    string Slug,
    string Title,
    string IssuingAgency,
    DateOnly WrittenOn,
    string Body,
    string? LocalizationSet = null,
    string? DocumentNumber = null,
    string? Topic = null,
    IReadOnlyList<string>? Keywords = null,
    string? Validity = null,
    DateOnly? ValidityChangedOn = null,
    string? ReplacedBy = null,
    string? Interprets = null,
    string? IndexNumber = null,
    string? ChangeNote = null,
    DateOnly? PublishedOn = null,
    bool? Published = null);
