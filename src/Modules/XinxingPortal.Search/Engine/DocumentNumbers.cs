using System.Text;

namespace XinxingPortal.Search.Engine;

/// <summary>
/// 发文字号 as people type them: 师市办发〔2022〕12号, 师市办发[2022]12号, 师市办发（2022）12号 and with spaces are one number.
/// </summary>
internal static class DocumentNumbers
{
    public static string Normalize(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return "";
        }

        var builder = new StringBuilder(number.Length);
        foreach (var c in TextFolding.Fold(number))
        {
            switch (c)
            {
                case '[' or '(' or '【' or '（' or '〔' or '［':
                    builder.Append('〔');
                    break;
                case ']' or ')' or '】' or '）' or '〕' or '］':
                    builder.Append('〕');
                    break;
                default:
                    if (!char.IsWhiteSpace(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Looks like a 发文字号: a year in brackets followed by a number and 号.</summary>
    public static bool LooksLikeOne(string text)
    {
        var n = Normalize(text);
        var open = n.IndexOf('〔', StringComparison.Ordinal);
        var close = n.IndexOf('〕', StringComparison.Ordinal);
        return open > 0 && close > open && n.EndsWith('号');
    }
}
