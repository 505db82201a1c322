using System.Globalization;
using System.Text.Encodings.Web;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using XinxingPortal.Abstractions.Paging;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Search.Engine;

namespace XinxingPortal.Search.Querying;

/// <summary>Answers a search on the current tenant's index of one culture: results, facets, a suggestion.</summary>
internal sealed class SearchService(SearchIndexer indexer, Synonyms synonyms, TimeProvider time)
{
    public const int PageSize = 10;
    private const int ExcerptLength = 160;

    /// <summary>How much a newer item is lifted over an older one that matches as well: up to a fifth, fading over about a year.</summary>
    private const double RecencyLift = 0.2;

    public static readonly IReadOnlyDictionary<string, string> FacetLabels = new Dictionary<string, string>
    {
        [IndexFields.Column] = "Column",
        [IndexFields.Type] = "Type",
        [IndexFields.Year] = "Year",
        [IndexFields.FacetPrefix + Abstractions.Search.SearchFacets.Topic] = "Topic",
        [IndexFields.FacetPrefix + Abstractions.Search.SearchFacets.Validity] = "Validity",
    };

    private static readonly IReadOnlyDictionary<string, string> FacetParameters = new Dictionary<string, string>
    {
        [IndexFields.Column] = "column",
        [IndexFields.Type] = "type",
        [IndexFields.Year] = "year",
        [IndexFields.FacetPrefix + Abstractions.Search.SearchFacets.Topic] = "topic",
        [IndexFields.FacetPrefix + Abstractions.Search.SearchFacets.Validity] = "validity",
    };

    public async Task<SearchResults> SearchAsync(SearchRequest request, string culture, int pageSize, CancellationToken ct)
    {
        if (IsEmpty(request))
        {
            return SearchResults.Empty(TextFolding.CleanQuery(request.Q, SearchRequest.MaxQueryLength), "Type a word or two to search the site.");
        }

        var index = await indexer.ReadyAsync(culture, ct);
        return Query(index, await synonyms.GroupsAsync(ct), request, time.BeijingToday(), pageSize);
    }

    private static bool IsEmpty(SearchRequest request) =>
        TextFolding.CleanQuery(request.Q, SearchRequest.MaxQueryLength).Length == 0
        && TextFolding.CleanQuery(request.Phrase, SearchRequest.MaxQueryLength).Length == 0
        && TextFolding.CleanQuery(request.DocumentNumber, SearchRequest.MaxQueryLength).Length == 0
        && !request.Filters().Any() && request.FromDate is null && request.ToDate is null;

    /// <summary>The whole answer from one index, without the database (the benchmark calls it directly).</summary>
    internal static SearchResults Query(SearchIndex index, IReadOnlyList<IReadOnlyList<string>> synonyms, SearchRequest request, DateOnly today, int pageSize)
    {
        var text = TextFolding.CleanQuery(request.Q, SearchRequest.MaxQueryLength);
        var cutShort = (request.Q?.Length ?? 0) > SearchRequest.MaxQueryLength;
        var phrase = TextFolding.CleanQuery(request.Phrase, SearchRequest.MaxQueryLength);
        var number = TextFolding.CleanQuery(request.DocumentNumber, SearchRequest.MaxQueryLength);
        var filters = request.Filters().ToList();
        if (IsEmpty(request))
        {
            return SearchResults.Empty(text, "Type a word or two to search the site.");
        }

        var builder = new QueryBuilder(index.Analyzer, synonyms, grams: index.Culture == "zh-CN");
        var query = new BooleanQuery();
        var scoring = false;
        if (text.Length > 0)
        {
            var words = builder.Words(text, request.IsTitleOnly);
            if (DocumentNumbers.LooksLikeOne(text))
            {
                // An exact 发文字号 comes first; its words still find documents that cite it.
                var either = new BooleanQuery { { QueryBuilder.DocumentNumber(text, 50f), Occur.SHOULD } };
                if (words is not null)
                {
                    either.Add(words, Occur.SHOULD);
                }

                query.Add(either, Occur.MUST);
                scoring = true;
            }
            else if (words is not null)
            {
                query.Add(words, Occur.MUST);
                scoring = true;
            }
            else if (phrase.Length == 0 && number.Length == 0)
            {
                return SearchResults.Empty(text, "Type a word or two to search the site.");
            }
        }

        if (phrase.Length > 0 && builder.Phrase(phrase, request.IsTitleOnly) is { } inOrder)
        {
            query.Add(inOrder, Occur.MUST);
            scoring = true;
        }

        if (number.Length > 0)
        {
            query.Add(QueryBuilder.DocumentNumber(number, 1f), Occur.MUST);
            scoring = true;
        }

        if (!scoring)
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        foreach (var (field, value) in filters)
        {
            query.Add(Filter(new TermQuery(new Lucene.Net.Index.Term(field, value))), Occur.MUST);
        }

        if (request.FromDate is not null || request.ToDate is not null)
        {
            int? from = request.FromDate is { } f ? IndexFields.DateNumber(f) : null;
            int? to = request.ToDate is { } t ? IndexFields.DateNumber(t) : null;
            query.Add(Filter(NumericRangeQuery.NewInt32Range(IndexFields.Date, from, to, true, true)), Occur.MUST);
        }

        query.Add(Filter(NumericRangeQuery.NewInt32Range(IndexFields.Until, IndexFields.DateNumber(today), null, true, true)), Occur.MUST);

        var searcher = index.Acquire();
        try
        {
            var collector = new HitCollector(IndexFields.Facets);
            searcher.Search(query, collector);
            var page = Rank(collector.Hits, request.ByDate, today, PageRequest.Parse(request.Page, pageSize));
            // Only the shown page is read back and highlighted.
            var marked = BodyWords(query);
            var hits = page.Select(h => Read(searcher, index, marked, h.Doc));
            var facets = Facets(collector.Counts(), filters);
            var suggestion = page.Total == 0 && text.Length > 1 ? new Suggestions(searcher.IndexReader, index.Analyzer).For(text) : null;
            return new SearchResults(text, hits, facets, suggestion, cutShort ? "Only the first 100 characters of the search were used." : null);
        }
        finally
        {
            index.Release(searcher);
        }
    }

    private static ConstantScoreQuery Filter(Query query) => new(query) { Boost = 0 };

    /// <summary>
    /// The requested page of the ranked hits. Only the hits up to the end of that page are put in order (a bounded
    /// heap), since a common word matches most of the index and sorting every match cost more than the search itself.
    /// </summary>
    private static Page<HitCollector.Hit> Rank(List<HitCollector.Hit> hits, bool byDate, DateOnly today, PageRequest request)
    {
        var within = request.Within(hits.Count);
        var needed = Math.Min(hits.Count, within.Skip + within.Size);
        if (!byDate)
        {
            // The recency lift once per hit, not once per comparison.
            var day = today.DayNumber;
            for (var i = 0; i < hits.Count; i++)
            {
                hits[i] = hits[i] with { Score = (float)(hits[i].Score * Recency(hits[i].Date, day)) };
            }
        }

        var comparer = byDate ? ByDate : ByRelevance;
        List<HitCollector.Hit> top;
        if (needed >= hits.Count / 2)
        {
            hits.Sort(comparer);
            top = hits;
        }
        else
        {
            // A heap whose root is the worst of the best so far: a better hit replaces it.
            var heap = new PriorityQueue<HitCollector.Hit, HitCollector.Hit>(needed + 1, Comparer<HitCollector.Hit>.Create((a, b) => comparer.Compare(b, a)));
            foreach (var hit in hits)
            {
                if (heap.Count < needed)
                {
                    heap.Enqueue(hit, hit);
                }
                else if (needed > 0 && comparer.Compare(hit, heap.Peek()) < 0)
                {
                    heap.EnqueueDequeue(hit, hit);
                }
            }

            top = [.. heap.UnorderedItems.Select(e => e.Element)];
            top.Sort(comparer);
        }

        return new([.. top.Skip(within.Skip).Take(within.Size)], within.Number, within.Size, hits.Count);
    }

    private static readonly Comparer<HitCollector.Hit> ByDate = Comparer<HitCollector.Hit>.Create((a, b) =>
        b.Date != a.Date ? b.Date.CompareTo(a.Date) : b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));

    private static readonly Comparer<HitCollector.Hit> ByRelevance = Comparer<HitCollector.Hit>.Create((a, b) =>
        b.Score != a.Score ? b.Score.CompareTo(a.Score) : b.Date != a.Date ? b.Date.CompareTo(a.Date) : a.Doc.CompareTo(b.Doc));

    private static double Recency(int date, int today)
    {
        if (date <= 0)
        {
            return 1;
        }

        var day = new DateOnly(date / 10000, Math.Clamp(date / 100 % 100, 1, 12), Math.Clamp(date % 100, 1, 28));
        var age = Math.Max(0, today - day.DayNumber);
        return 1 + RecencyLift * Math.Exp(-age / 365.0);
    }

    private static SearchHit Read(IndexSearcher searcher, SearchIndex index, IReadOnlySet<string> marked, int doc)
    {
        var stored = searcher.Doc(doc);
        var body = stored.Get(IndexFields.Body) ?? "";
        var date = stored.GetField(IndexFields.Date)?.GetInt32Value() ?? 0;
        return new SearchHit(
            stored.Get(IndexFields.Title) ?? "",
            stored.Get(IndexFields.Url) ?? "/",
            stored.Get(IndexFields.Column) ?? "",
            stored.Get(IndexFields.Type) ?? "",
            date > 0 ? new DateOnly(date / 10000, date / 100 % 100, date % 100) : default,
            Excerpt(index, marked, body),
            stored.Get(IndexFields.Notice),
            stored.Get(IndexFields.DocNumberShown));
    }

    /// <summary>The body's words the query looks for (synonyms included); filters, bigrams and other fields have no say in an excerpt.</summary>
    private static HashSet<string> BodyWords(Query query)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        void Walk(Query q)
        {
            switch (q)
            {
                case BooleanQuery all:
                    foreach (var clause in all.Clauses)
                    {
                        Walk(clause.Query);
                    }

                    break;
                case TermQuery term when term.Term.Field == IndexFields.Body:
                    words.Add(term.Term.Text);
                    break;
                case PhraseQuery phrase:
                    words.UnionWith(phrase.GetTerms().Where(t => t.Field == IndexFields.Body).Select(t => t.Text));
                    break;
            }
        }

        Walk(query);
        return words;
    }

    /// <summary>
    /// The best passage with the words marked; the text is HTML-encoded first, so only &lt;mark&gt; is markup. Only
    /// a window around the first word found is analysed: re-cutting a whole long text with jieba for every result
    /// was most of the page's time, and the excerpt is one short passage anyway.
    /// </summary>
    private static string Excerpt(SearchIndex index, IReadOnlySet<string> marked, string body)
    {
        var first = marked.Select(w => body.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - ExcerptLength / 2);
        var window = body.Substring(start, Math.Min(body.Length - start, ExcerptLength * 2));
        if (marked.Count > 0)
        {
            try
            {
                var words = new BooleanQuery();
                foreach (var word in marked)
                {
                    words.Add(new TermQuery(new Lucene.Net.Index.Term(IndexFields.Body, word)), Occur.SHOULD);
                }

                var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
                    new QueryScorer(words, IndexFields.Body)) { TextFragmenter = new SimpleFragmenter(ExcerptLength) };
                using var tokens = index.Analyzer.GetTokenStream(IndexFields.Body, window);
                var best = highlighter.GetBestFragments(tokens, window, 1, " … ");
                if (!string.IsNullOrWhiteSpace(best))
                {
                    return best.Trim();
                }
            }
            catch (InvalidTokenOffsetsException)
            {
                // Fall back to the opening of the text.
            }
        }

        var opening = body.Length > ExcerptLength ? body[..ExcerptLength] + "…" : body;
        return HtmlEncoder.Default.Encode(opening);
    }

    private static List<Facet> Facets(IReadOnlyDictionary<string, Dictionary<string, int>> counts, List<(string Field, string Value)> filters)
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
                facets.Add(new Facet(FacetParameters[field], FacetLabels[field], list));
            }
        }

        return facets;
    }

    public static string DateText(DateOnly date) => date == default ? "" : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
