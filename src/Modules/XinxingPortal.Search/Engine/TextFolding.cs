using System.Text;

namespace XinxingPortal.Search.Engine;

/// <summary>Character-for-character folding, so offsets into the original text stay right for highlighting.</summary>
internal static class TextFolding
{
    /// <summary>Full-width ASCII (ＰＶ, ２０２２) to half-width and the ideographic space to a space; the length never changes.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>A token worth indexing: it has a letter or a digit (drops punctuation and spaces).</summary>
    public static bool IsWord(string token) => token.Any(char.IsLetterOrDigit);

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>What a reader typed, made safe to handle: control characters (NUL …) out, spaces collapsed, at most <paramref name="max"/> characters.</summary>
    public static string CleanQuery(string? query, int max)
    {
        if (string.IsNullOrEmpty(query))
        {
            return "";
        }

        var builder = new StringBuilder(Math.Min(query.Length, max));
        var space = false;
        foreach (var c in query)
        {
            if (builder.Length >= max)
            {
                break;
            }

            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        var cleaned = builder.ToString().Trim();
        // Never end on half a surrogate pair after cutting.
        return cleaned.Length > 0 && char.IsHighSurrogate(cleaned[^1]) ? cleaned[..^1] : cleaned;
    }
}
