using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace XinxingPortal.Search.Querying;

/// <summary>
/// What the search form and <c>/search.json</c> take. Everything is text and read leniently: a bad date, an unknown
/// facet value or a page of 10^9 gives a clean (maybe empty) answer, never an error.
/// </summary>
internal sealed class SearchRequest
{
    public const int MaxQueryLength = 100;

    [FromQuery(Name = "q")] public string? Q { get; set; }

    /// <summary>Advanced: these words next to each other.</summary>
    [FromQuery(Name = "phrase")] public string? Phrase { get; set; }

    /// <summary>Advanced: "1" searches titles only.</summary>
    [FromQuery(Name = "title")] public string? TitleOnly { get; set; }

    /// <summary>Advanced: 发文字号.</summary>
    [FromQuery(Name = "docno")] public string? DocumentNumber { get; set; }

    [FromQuery(Name = "from")] public string? From { get; set; }
    [FromQuery(Name = "to")] public string? To { get; set; }
    [FromQuery(Name = "column")] public string? Column { get; set; }
    [FromQuery(Name = "type")] public string? Type { get; set; }
    [FromQuery(Name = "year")] public string? Year { get; set; }
    [FromQuery(Name = "topic")] public string? Topic { get; set; }
    [FromQuery(Name = "validity")] public string? Validity { get; set; }

    /// <summary>"date" for newest first; anything else is relevance.</summary>
    [FromQuery(Name = "sort")] public string? Sort { get; set; }

    [FromQuery(Name = "page")] public string? Page { get; set; }

    public bool ByDate => Sort == "date";

    public bool IsTitleOnly => TitleOnly is "1" or "true" or "on";

    public bool HasAdvanced => !string.IsNullOrWhiteSpace(Phrase) || IsTitleOnly || !string.IsNullOrWhiteSpace(DocumentNumber)
        || FromDate is not null || ToDate is not null;

    public DateOnly? FromDate => ParseDate(From);
    public DateOnly? ToDate => ParseDate(To);

    /// <summary>The facet filters chosen, by index field.</summary>
    public IEnumerable<(string Field, string Value)> Filters()
    {
        foreach (var (field, value) in new[]
                 {
                     (Engine.IndexFields.Column, Column), (Engine.IndexFields.Type, Type), (Engine.IndexFields.Year, Year),
                     (Engine.IndexFields.FacetPrefix + Abstractions.Search.SearchFacets.Topic, Topic),
                     (Engine.IndexFields.FacetPrefix + Abstractions.Search.SearchFacets.Validity, Validity),
                 })
        {
            if (!string.IsNullOrWhiteSpace(value) && value.Length <= 100)
            {
                yield return (field, value.Trim());
            }
        }
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
