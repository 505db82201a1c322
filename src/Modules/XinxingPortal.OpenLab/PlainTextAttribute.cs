using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace XinxingPortal.OpenLab;

/// <summary>Refuses text that looks like markup: bookings and instruments are plain text, and a tag is never what was meant.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed partial class PlainTextAttribute : ValidationAttribute
{
    public const string Message = "Use plain text: tags such as <b> or <script> are not allowed.";

    // Set through ErrorMessage, not the base constructor: MVC translates only a message given that way.
    public PlainTextAttribute() => ErrorMessage = Message;

    public override bool IsValid(object? value) => value is not string s || !Markup().IsMatch(s);

    [GeneratedRegex(@"<[a-zA-Z/!?]")]
    private static partial Regex Markup();
}
