using Lucene.Net.Search;
using XinxingPortal.Search.Engine;

namespace XinxingPortal.Search.Querying;

/// <summary>
/// A search request as one Lucene query: the words (or an exact 发文字号), the exact phrase, the document number, and
/// the filters by facet and date. Items no longer shown are left out by <see cref="PageCollector"/>, not here.
/// </summary>
internal sealed record RequestQuery(string Text, bool CutShort, Query? Query, IReadOnlyList<(string Field, string Value)> Filters)
{
    /// <summary>The query, or one with a null <see cref="Query"/> when nothing in the request can be searched for.</summary>
    public static RequestQuery For(SearchIndex index, IReadOnlyList<IReadOnlyList<string>> synonyms, SearchRequest request)
    {
        var text = TextFolding.CleanQuery(request.Q, SearchRequest.MaxQueryLength);
        var cutShort = (request.Q?.Length ?? 0) > SearchRequest.MaxQueryLength;
        var phrase = TextFolding.CleanQuery(request.Phrase, SearchRequest.MaxQueryLength);
        var number = TextFolding.CleanQuery(request.DocumentNumber, SearchRequest.MaxQueryLength);
        var filters = request.Filters().ToList();
        var nothing = new RequestQuery(text, cutShort, null, filters);
        if (SearchService.IsEmpty(request))
        {
            return nothing;
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
                return nothing;
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

        return new RequestQuery(text, cutShort, query, filters);
    }

    private static ConstantScoreQuery Filter(Query query) => new(query) { Boost = 0 };
}
