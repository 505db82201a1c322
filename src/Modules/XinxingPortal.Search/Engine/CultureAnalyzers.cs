using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace XinxingPortal.Search.Engine;

/// <summary>
/// Each culture's index is analysed as its language: Chinese by jieba, English with English stemming (events →
/// event), Uyghur by Unicode word boundaries, lower-cased, with no stop list (Lucene has none for it).
/// </summary>
internal static class CultureAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer For(string culture) => culture switch
    {
        "en" => new EnglishAnalyzer(Version),
        "ug" => new StandardAnalyzer(Version, CharArraySet.Empty),
        // jieba cuts by context, so the same characters are sometimes cut differently in a document and in a query;
        // the bigram fields find them anyway (a safety net, weighted below the words).
        _ => new PerFieldAnalyzerWrapper(new ChineseAnalyzer(), new Dictionary<string, Analyzer>
        {
            [IndexFields.TitleGrams] = Grams,
            [IndexFields.BodyGrams] = Grams,
        }),
    };

    private static readonly Lazy<Task> Warm = new(() => Task.Run(() =>
    {
        _ = Abstractions.Text.ChineseLexicon.Shared; // before any of jieba's own types, see JiebaTokenizer.Cut
        using var analyzer = For("zh-CN");
        _ = Words(analyzer, IndexFields.Body, "科学技术普及");
    }));

    /// <summary>
    /// Loads jieba's dictionary (seconds) and runs the analysis once, in the background and once per process, so the
    /// first change indexed or query answered after a start does not pay for it.
    /// </summary>
    public static Task WarmUpAsync() => Warm.Value;

    /// <summary>Overlapping pairs of Chinese characters (CJK bigrams); shared, since an analyzer is thread-safe.</summary>
    public static readonly Analyzer Grams = new CJKAnalyzer(Version, CharArraySet.Empty);

    /// <summary>The words of a query as the index holds them, one per position (the pieces inside a Chinese word are left out).</summary>
    public static IReadOnlyList<string> Words(Analyzer analyzer, string field, string text)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0)
            {
                words.Add(term.ToString());
            }
        }

        stream.End();
        return words;
    }

    private sealed class ChineseAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new JiebaTokenizer(reader);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, tokenizer));
        }
    }
}
