namespace XinxingPortal.Media;

/// <summary>The rule for an image's text alternative, shared by the library and the upload form.</summary>
internal static class AltText
{
    public const int MaxLength = 250;
    public const string Missing = "Enter alt text: a short description of the image for people who cannot see it.";
    public const string TooLong = "Alt text has at most 250 characters.";

    /// <summary>The reason (a msgid) the text is refused, or null.</summary>
    public static string? Problem(string? altText) =>
        string.IsNullOrWhiteSpace(altText) ? Missing
        : altText.Trim().Length > MaxLength ? TooLong
        : null;
}
