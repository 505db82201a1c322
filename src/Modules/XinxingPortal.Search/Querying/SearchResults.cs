using XinxingPortal.Abstractions.Paging;

namespace XinxingPortal.Search.Querying;

/// <summary>One result: where it lives, what it is, when, and an excerpt whose HTML is already encoded (only &lt;mark&gt; added).</summary>
internal sealed record SearchHit(string Title, string Url, string Column, string Type, DateOnly Date, string ExcerptHtml, string? Notice, string? DocumentNumber);

/// <summary>One value of a facet with its count in the current results.</summary>
internal sealed record FacetValue(string Value, int Count, bool Selected);

/// <summary>A facet: its query parameter and the values found.</summary>
internal sealed record Facet(string Parameter, string Label, IReadOnlyList<FacetValue> Values);

/// <summary>A search's answer. <see cref="Message"/> is an English msgid when the query was empty or cut short.</summary>
internal sealed record SearchResults(string Query, Page<SearchHit> Hits, IReadOnlyList<Facet> Facets, string? Suggestion, string? Message)
{
    public static SearchResults Empty(string query, string? message) =>
        new(query, new Page<SearchHit>([], 1, SearchService.PageSize, 0), [], null, message);
}
