using System.Globalization;
using XinxingPortal.Abstractions.Paging;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Search.Engine;

namespace XinxingPortal.Search.Querying;

/// <summary>Answers a search on the current tenant's index of one culture: results, facets, a suggestion.</summary>
internal sealed class SearchService(SearchIndexer indexer, Synonyms synonyms, TimeProvider time)
{
    public const int PageSize = 10;
    private const string TypeSomething = "Type a word or two to search the site.";

    public async Task<SearchResults> SearchAsync(SearchRequest request, string culture, int pageSize, CancellationToken ct)
    {
        if (IsEmpty(request))
        {
            return SearchResults.Empty(TextFolding.CleanQuery(request.Q, SearchRequest.MaxQueryLength), TypeSomething);
        }

        var index = await indexer.ReadyAsync(culture, ct);
        return Query(index, await synonyms.GroupsAsync(ct), request, time.BeijingToday(), pageSize);
    }

    public static bool IsEmpty(SearchRequest request) =>
        TextFolding.CleanQuery(request.Q, SearchRequest.MaxQueryLength).Length == 0
        && TextFolding.CleanQuery(request.Phrase, SearchRequest.MaxQueryLength).Length == 0
        && TextFolding.CleanQuery(request.DocumentNumber, SearchRequest.MaxQueryLength).Length == 0
        && !request.Filters().Any() && request.FromDate is null && request.ToDate is null;

    /// <summary>The whole answer from one index, without the database (the benchmark calls it directly).</summary>
    internal static SearchResults Query(SearchIndex index, IReadOnlyList<IReadOnlyList<string>> synonyms, SearchRequest request, DateOnly today, int pageSize)
    {
        var asked = RequestQuery.For(index, synonyms, request);
        if (asked.Query is not { } query)
        {
            return SearchResults.Empty(asked.Text, TypeSomething);
        }

        // One searcher per index generation, shared by every query until a change is committed.
        var searcher = index.Acquire();
        try
        {
            var wanted = PageRequest.Parse(request.Page, pageSize);
            // Everything up to the end of the page asked for; a page past the last one is moved onto the last, whose
            // hits are all kept then (asking past the end means keeping more than there are).
            var collector = new PageCollector(wanted.Skip + wanted.Size, request.ByDate, today);
            searcher.Search(query, collector);
            var within = wanted.Within(collector.Total);
            var shown = collector.Best().Skip(within.Skip).Take(within.Size).ToList();
            // Only the shown page is read back and highlighted.
            var excerpts = new Excerpts(index, query);
            var hits = new Page<SearchHit>([.. shown.Select(h => excerpts.Read(searcher, h.Doc))], within.Number, within.Size, collector.Total);
            var facets = FacetList.Of(collector.Counts(), asked.Filters);
            var suggestion = collector.Total == 0 && asked.Text.Length > 1 ? new Suggestions(searcher.IndexReader, index.Analyzer).For(asked.Text) : null;
            return new SearchResults(asked.Text, hits, facets, suggestion, asked.CutShort ? "Only the first 100 characters of the search were used." : null);
        }
        finally
        {
            index.Release(searcher);
        }
    }

    public static string DateText(DateOnly date) => date == default ? "" : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
