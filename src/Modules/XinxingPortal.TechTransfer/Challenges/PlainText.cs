using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace XinxingPortal.TechTransfer.Challenges;

/// <summary>
/// Text fields are plain text: anything that looks like markup ("&lt;" followed by a letter, "/", "!" or "?") is
/// refused rather than cleaned, so what the applicant sees is exactly what was stored.
/// </summary>
internal static partial class PlainText
{
    public const string Problem = "This field must not contain HTML.";

    [GeneratedRegex("<[A-Za-z/!?]")]
    private static partial Regex Markup();

    public static bool ContainsHtml(string? text) => text is not null && Markup().IsMatch(text);
}

/// <summary>Refuses HTML in a text field with a message on that field.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class NoHtmlAttribute : ValidationAttribute
{
    public NoHtmlAttribute() => ErrorMessage = PlainText.Problem;

    public override bool IsValid(object? value) => !PlainText.ContainsHtml(value as string);
}
