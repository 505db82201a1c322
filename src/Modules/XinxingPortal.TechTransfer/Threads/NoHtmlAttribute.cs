using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>
/// Refuses text that looks like markup: '&lt;' followed by a letter, '/', '!' or '?'. Messages are plain text, shown
/// encoded; refusing markup (rather than stripping it) means nothing is ever stored that the author did not see.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class NoHtmlAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string text || !ContainsHtml(text);

    public static bool ContainsHtml(string text)
    {
        for (var i = text.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < text.Length - 1; i = text.IndexOf('<', i + 1))
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
