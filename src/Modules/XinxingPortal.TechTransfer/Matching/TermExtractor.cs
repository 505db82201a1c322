using System.Text;

namespace XinxingPortal.TechTransfer.Matching;

/// <summary>
/// Turns free text (Chinese, English or both) into the set of words worth comparing: jieba's search-mode cut (a long
/// word also yields the dictionary words inside it, so 煤焦油 meets 焦油), lower-cased, without stop words, generic
/// listing words (技术, 需求 …), punctuation, numbers and single characters. Thread-safe; the public search box may
/// use it too.
/// </summary>
internal sealed class TermExtractor
{
    public IReadOnlySet<string> Terms(string? text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        AddTerms(text, terms);
        return terms;
    }

    /// <summary>How much sharing this term says: its IDF, so 煤焦油 (≈ 9.7) counts about twice 系统 (≈ 5.0).</summary>
    public double Weight(string term) => Lexicon.Shared.Idf.Of(term);

    public void AddTerms(string? text, ISet<string> terms)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var lexicon = Lexicon.Shared;
        // NFKC folds full-width letters and digits (ＰＶ, ２０２４) into ASCII before cutting.
        var normalised = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        foreach (var token in lexicon.Segmenter.CutForSearch(normalised))
        {
            var word = token.Trim();
            if (IsWord(word) && !lexicon.StopWords.Contains(word))
            {
                terms.Add(word);
            }
        }
    }

    /// <summary>Two characters or more, starting with a letter (CJK counts): drops punctuation, 96%, 3.5 and 酚.</summary>
    private static bool IsWord(string token) => token.Length >= 2 && char.IsLetter(token[0]);
}
