using System.Text;
using XinxingPortal.Abstractions.Text;

namespace XinxingPortal.TechTransfer.Matching;

/// <summary>
/// Turns free text (Chinese, English or both) into the set of words worth comparing: jieba's accurate cut, whole
/// dictionary words only (search mode would add the fragments inside a long word, 二氧 and 化硫 from 二氧化硫, and show
/// them as reasons) plus the plan's own terms found inside one (冷链 in 冷链物流), without stop words, generic listing words (技术, 需求 …), punctuation, numbers and single
/// characters. English words are lower-cased, acronyms (AI, PV) keep their capitals. Thread-safe; the public search
/// box uses it too.
/// </summary>
internal sealed class TermExtractor
{
    /// <summary>Words every listing uses (技术, 需求 …): the market's own stop words, on top of jieba's.</summary>
    private static readonly Lazy<HashSet<string>> GenericWords = new(() =>
        new HashSet<string>(ChineseLexicon.EmbeddedLines(typeof(TermExtractor).Assembly, "XinxingPortal.TechTransfer.Matching.GenericWords.txt"), StringComparer.Ordinal));

    public IReadOnlySet<string> Terms(string? text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        AddTerms(text, terms);
        return terms;
    }

    /// <summary>How much sharing this term says: its IDF, so 煤焦油 (≈ 9.7) counts about twice 系统 (≈ 5.0).</summary>
    public double Weight(string term) => ChineseLexicon.Shared.Idf.Of(term.ToLowerInvariant());

    public void AddTerms(string? text, ISet<string> terms)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var lexicon = ChineseLexicon.Shared;
        var generic = GenericWords.Value;
        // NFKC folds full-width letters and digits (ＰＶ, ２０２４) into ASCII before cutting.
        var normalised = text.Normalize(NormalizationForm.FormKC);
        foreach (var token in lexicon.Segmenter.Cut(normalised, cutAll: false, hmm: true))
        {
            var word = Canonical(token.Trim());
            if (IsWord(word) && !lexicon.StopWords.Contains(word.ToLowerInvariant()) && !generic.Contains(word.ToLowerInvariant()))
            {
                terms.Add(word);
                AddDomainTermsInside(word, lexicon.DomainTerms, terms);
            }
        }
    }

    private static void AddDomainTermsInside(string word, IReadOnlySet<string> domainTerms, ISet<string> terms)
    {
        for (var length = 2; length < word.Length; length++)
        {
            for (var start = 0; start + length <= word.Length; start++)
            {
                var inside = word.Substring(start, length);
                if (domainTerms.Contains(inside))
                {
                    terms.Add(inside);
                }
            }
        }
    }

    /// <summary>An acronym (two to five capitals or digits, starting with a capital: AI, PV, GPS) as written; any other word lower-cased.</summary>
    private static string Canonical(string token) =>
        token.Length is >= 2 and <= 5 && char.IsAsciiLetterUpper(token[0]) && token.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
            ? token
            : token.ToLowerInvariant();

    /// <summary>Two characters or more, starting with a letter (CJK counts): drops punctuation, 96%, 3.5 and 酚.</summary>
    private static bool IsWord(string token) => token.Length >= 2 && char.IsLetter(token[0]);
}
