using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace XinxingPortal.TechTransfer;

/// <summary>
/// Refuses text that looks like markup (a tag, comment or declaration). Listings are plain text shown encoded,
/// so markup is never dangerous here, but it is never what a poster meant and it would be shown as raw tags.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed partial class PlainTextAttribute : ValidationAttribute
{
    public const string Message = "Use plain text: tags such as <b> or <script> are not allowed.";

    // Set through ErrorMessage, not the base constructor: MVC translates only a message given that way.
    public PlainTextAttribute() => ErrorMessage = Message;

    public override bool IsValid(object? value) => value switch
    {
        string s => !ContainsMarkup(s),
        IEnumerable<string> many => !many.Any(ContainsMarkup),
        _ => true,
    };

    /// <summary>'&lt;' followed by an ASCII letter, '/', '!' or '?' opens a tag, comment or declaration; "&lt;5%" does not.</summary>
    public static bool ContainsMarkup(string? text) => text is not null && Markup().IsMatch(text);

    [GeneratedRegex(@"<[a-zA-Z/!?]")]
    private static partial Regex Markup();
}
