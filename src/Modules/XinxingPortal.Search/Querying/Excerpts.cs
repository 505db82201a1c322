using System.Text.Encodings.Web;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using XinxingPortal.Search.Engine;

namespace XinxingPortal.Search.Querying;

/// <summary>
/// The shown page's results read back from the index, each with a highlighted excerpt of its body. One per page: the
/// words to mark and the highlighter are made once for the page's ten results.
/// </summary>
internal sealed class Excerpts(SearchIndex index, Query query)
{
    private const int ExcerptLength = 160;

    /// <summary>The text analysed around the first word found: the excerpt and a little more, for a better passage.</summary>
    private const int WindowLength = ExcerptLength * 3 / 2;

    private readonly IReadOnlySet<string> marked = BodyWords(query);
    private Highlighter? highlighter;

    public SearchHit Read(IndexSearcher searcher, int doc)
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
            Excerpt(body),
            stored.Get(IndexFields.Notice),
            stored.Get(IndexFields.DocNumberShown));
    }

    private Highlighter MakeHighlighter()
    {
        var words = new BooleanQuery();
        foreach (var word in marked)
        {
            words.Add(new TermQuery(new Lucene.Net.Index.Term(IndexFields.Body, word)), Occur.SHOULD);
        }

        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
            new QueryScorer(words, IndexFields.Body)) { TextFragmenter = new SimpleFragmenter(ExcerptLength) };
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
    private string Excerpt(string body)
    {
        var first = marked.Select(w => body.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - ExcerptLength / 2);
        var window = body.Substring(start, Math.Min(body.Length - start, WindowLength));
        if (marked.Count > 0)
        {
            try
            {
                highlighter ??= MakeHighlighter();
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
}
