using XinxingPortal.Search.Engine;
using SearchFacets = XinxingPortal.Abstractions.Search.SearchFacets;

namespace XinxingPortal.Search.Querying;

/// <summary>The facets a results page shows: each field's values with their counts, the chosen one marked.</summary>
internal static class FacetList
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [IndexFields.Column] = "Column",
        [IndexFields.Type] = "Type",
        [IndexFields.Year] = "Year",
        [IndexFields.FacetPrefix + SearchFacets.Topic] = "Topic",
        [IndexFields.FacetPrefix + SearchFacets.Validity] = "Validity",
    };

    private static readonly IReadOnlyDictionary<string, string> Parameters = new Dictionary<string, string>
    {
        [IndexFields.Column] = "column",
        [IndexFields.Type] = "type",
        [IndexFields.Year] = "year",
        [IndexFields.FacetPrefix + SearchFacets.Topic] = "topic",
        [IndexFields.FacetPrefix + SearchFacets.Validity] = "validity",
    };

    public static List<Facet> Of(IReadOnlyDictionary<string, Dictionary<string, int>> counts, IReadOnlyList<(string Field, string Value)> filters)
    {
        var facets = new List<Facet>();
        foreach (var field in IndexFields.Facets)
        {
            var chosen = filters.Where(f => f.Field == field).Select(f => f.Value).FirstOrDefault();
            var found = counts.TryGetValue(field, out var values) ? values : [];
            var ordered = field == IndexFields.Year
                ? found.OrderByDescending(v => v.Key, StringComparer.Ordinal)
                : found.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal);
            var list = ordered.Select(v => new FacetValue(v.Key, v.Value, v.Key == chosen)).ToList();
            if (chosen is not null && !found.ContainsKey(chosen))
            {
                list.Insert(0, new FacetValue(chosen, 0, true)); // an unknown value stays visible, so it can be cleared
            }

            if (list.Count > 0)
            {
                facets.Add(new Facet(Parameters[field], Labels[field], list));
            }
        }

        return facets;
    }
}
