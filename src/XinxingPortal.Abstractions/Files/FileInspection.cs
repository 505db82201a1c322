namespace XinxingPortal.Abstractions.Files;

/// <summary>
/// The verdict on one upload: its kind and bytes when accepted, or why it was refused (an English msgid for the
/// module's localizer). Nothing has been stored either way.
/// </summary>
public sealed record FileInspection(FileKind? Kind, string? Problem, byte[] Content)
{
    public bool Accepted => Kind is not null;

    public static FileInspection Refused(string problem) => new(null, problem, []);
}

/// <summary>The reasons every use shares; a use's own kinds and cap come from its <see cref="FileRules"/>.</summary>
public static class FileProblems
{
    public const string Empty = "The file is empty.";
    public const string NameMismatch = "The file's content does not match its name.";
    public const string Truncated = "The file is incomplete or damaged.";
    public const string ZipTooManyEntries = "The document has too many parts to be a Word or Excel file.";
    public const string ZipTooLarge = "The document unpacks to too much data to be a Word or Excel file.";
    public const string ZipCompressedTooMuch = "A part of the document is compressed far more than a real document is.";
    public const string ZipBadName = "The document holds a part whose name is not allowed.";
    public const string ZipMissingParts = "The document lacks the parts every Word or Excel file has.";
}
