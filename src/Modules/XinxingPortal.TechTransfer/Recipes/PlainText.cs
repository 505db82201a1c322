namespace XinxingPortal.TechTransfer.Recipes;

/// <summary>Market texts are plain text shown encoded; anything a browser would read as a tag is refused, never stored.</summary>
internal static class PlainText
{
    /// <summary>'&lt;' followed by an ASCII letter, '/', '!' or '?' opens a tag, comment or declaration in HTML; "&lt;5%" does not.</summary>
    public static bool HasMarkup(string text)
    {
        for (var i = text.IndexOf('<', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i = text.IndexOf('<', i + 1))
        {
            var next = text[i + 1];
            if (char.IsAsciiLetter(next) || next is '/' or '!' or '?')
            {
                return true;
            }
        }

        return false;
    }
}
