using JiebaNet.Segmenter;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using XinxingPortal.Abstractions.Text;

namespace XinxingPortal.Search.Engine;

/// <summary>
/// Cuts Chinese with the shared jieba lexicon in search mode, laid out so phrases still work: each word of the
/// accurate cut takes one position, and the dictionary words inside it (科学 and 普及 in 科学普及, 冷链 in 冷链物流) sit
/// at the same position. A query for the short word finds the long one, and "exact phrase" matches the accurate cut.
/// </summary>
internal sealed class JiebaTokenizer : Tokenizer
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private List<Piece>? pieces;
    private int next;
    private int length;

    public JiebaTokenizer(TextReader input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        pieces ??= Cut(m_input.ReadToEnd());
        if (next >= pieces.Count)
        {
            return false;
        }

        ClearAttributes();
        var piece = pieces[next++];
        term.SetEmpty().Append(piece.Text);
        offset.SetOffset(CorrectOffset(piece.Start), CorrectOffset(piece.End));
        increment.PositionIncrement = piece.Increment;
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(length);
        offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        pieces = null;
        next = 0;
        length = 0;
    }

    private List<Piece> Cut(string raw)
    {
        length = raw.Length;
        var text = TextFolding.Fold(raw);
        var result = new List<Piece>();
        // The lexicon first: it points jieba at its files before anything of jieba's is touched (its static state
        // reads the folder once, and the default folder has no dictionary).
        var segmenter = ChineseLexicon.Shared.Segmenter;
        var dictionary = WordDictionary.Instance;
        foreach (var token in segmenter.Tokenize(text, TokenizerMode.Default, hmm: true))
        {
            var word = token.Word;
            if (!TextFolding.IsWord(word))
            {
                continue;
            }

            result.Add(new Piece(word, token.StartIndex, token.EndIndex, 1));
            if (word.Length > 2 && TextFolding.IsHan(word[0]))
            {
                for (var size = 2; size < word.Length && size <= 4; size++)
                {
                    for (var start = 0; start + size <= word.Length; start++)
                    {
                        var inside = word.Substring(start, size);
                        if (dictionary.ContainsWord(inside))
                        {
                            result.Add(new Piece(inside, token.StartIndex + start, token.StartIndex + start + size, 0));
                        }
                    }
                }
            }
        }

        return result;
    }

    private readonly record struct Piece(string Text, int Start, int End, int Increment);
}
