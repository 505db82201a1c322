using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using XinxingPortal.Abstractions.Text;
using XinxingPortal.Search.Engine;

namespace XinxingPortal.Search.Querying;

/// <summary>
/// Turns what a reader typed into a Lucene query without Lucene's query syntax, so <c>title:* OR</c> or an unbalanced
/// quote is just text. Every word must appear (in the title or the body; a title match counts four times), the words
/// together in a title count extra, a synonym group's words stand in for each other, and an exact 发文字号 outranks all.
/// </summary>
internal sealed class QueryBuilder(Analyzer analyzer, IReadOnlyList<IReadOnlyList<string>> synonyms, bool grams)
{
    public const float TitleBoost = 4f;
    private const int MaxWords = 12;
    private const int MaxVariants = 6;

    /// <summary>The scoring part of the query, or null when the text has no word to look for.</summary>
    public Query? Words(string text, bool titleOnly)
    {
        var variants = Variants(text);
        var queries = variants.Select(v => AllWords(v, titleOnly)).OfType<Query>().ToList();
        if (queries.Count <= 1)
        {
            return queries.FirstOrDefault();
        }

        var any = new BooleanQuery();
        foreach (var query in queries)
        {
            any.Add(query, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>The words next to each other, in the title or (unless titles only) the body.</summary>
    public Query? Phrase(string text, bool titleOnly)
    {
        var words = CultureAnalyzers.Words(analyzer, IndexFields.Body, text);
        if (words.Count == 0)
        {
            return null;
        }

        var either = new BooleanQuery { { InOrder(IndexFields.Title, words, TitleBoost), Occur.SHOULD } };
        if (!titleOnly)
        {
            either.Add(InOrder(IndexFields.Body, words, 1f), Occur.SHOULD);
        }

        return either;
    }

    public static Query DocumentNumber(string number, float boost) =>
        new TermQuery(new Term(IndexFields.DocNumber, DocumentNumbers.Normalize(number))) { Boost = boost };

    /// <summary>The query once per synonym: 科普 also asks for 科学普及, and the other way round.</summary>
    private List<string> Variants(string text)
    {
        var variants = new List<string> { text };
        foreach (var group in synonyms)
        {
            foreach (var word in group.Where(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var other in group.Where(o => o != word && !text.Contains(o, StringComparison.OrdinalIgnoreCase)))
                {
                    if (variants.Count < MaxVariants)
                    {
                        variants.Add(text.Replace(word, other, StringComparison.OrdinalIgnoreCase));
                    }
                }
            }
        }

        return variants;
    }

    /// <summary>
    /// Each space-separated part must match: all its words (as jieba cuts the query), or its characters in order in
    /// the bigram fields, because jieba may cut the same characters differently inside a document (蓝莓冻干 as 蓝莓/冻/干
    /// in the query, 蓝莓/冻干 in the title).
    /// </summary>
    private BooleanQuery? AllWords(string text, bool titleOnly)
    {
        var stop = ChineseLexicon.Shared.StopWords;
        var query = new BooleanQuery();
        var everyWord = new List<string>();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(MaxWords))
        {
            var all = CultureAnalyzers.Words(analyzer, IndexFields.Body, part);
            var meaningful = all.Where(w => !stop.Contains(w)).ToList();
            var words = (meaningful.Count > 0 ? meaningful : all).Distinct(StringComparer.Ordinal).Take(MaxWords).ToList();
            if (words.Count == 0)
            {
                continue;
            }

            everyWord.AddRange(words);
            var byWords = new BooleanQuery();
            foreach (var word in words)
            {
                var either = new BooleanQuery { { new TermQuery(new Term(IndexFields.Title, word)) { Boost = TitleBoost }, Occur.SHOULD } };
                if (!titleOnly)
                {
                    either.Add(new TermQuery(new Term(IndexFields.Body, word)), Occur.SHOULD);
                }

                byWords.Add(either, Occur.MUST);
            }

            var partQuery = new BooleanQuery { { byWords, Occur.SHOULD } };
            if (grams && Grams(IndexFields.TitleGrams, part, TitleBoost / 2) is { } inTitle)
            {
                partQuery.Add(inTitle, Occur.SHOULD);
                if (!titleOnly)
                {
                    partQuery.Add(Grams(IndexFields.BodyGrams, part, 0.5f)!, Occur.SHOULD);
                }
            }

            query.Add(partQuery, Occur.MUST);
        }

        if (everyWord.Count == 0)
        {
            return null;
        }

        if (everyWord.Count > 1)
        {
            // All the words together in the title: the page is about exactly this.
            query.Add(InOrder(IndexFields.Title, everyWord, TitleBoost), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>The part's characters in order in the bigram field, whatever jieba made of them there.</summary>
    private static Query? Grams(string field, string part, float boost)
    {
        if (!part.Any(TextFolding.IsHan))
        {
            return null;
        }

        var pairs = CultureAnalyzers.Words(CultureAnalyzers.Grams, field, part);
        return pairs.Count switch
        {
            0 => null,
            1 => new TermQuery(new Term(field, pairs[0])) { Boost = boost },
            _ => InOrder(field, pairs, boost),
        };
    }

    private static PhraseQuery InOrder(string field, IReadOnlyList<string> words, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word));
        }

        return phrase;
    }
}
