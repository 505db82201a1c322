namespace XinxingPortal.Abstractions.Files;

/// <summary>
/// What one use accepts (a licence, a policy attachment, an image). The two messages are English msgids the
/// module translates, since they name that use's kinds and cap ("The file is larger than 20 MB.").
/// </summary>
public sealed record FileRules(IReadOnlyList<FileKind> Allowed, long MaxBytes, string WrongKindMessage, string TooLargeMessage)
{
    /// <summary>Documents are refused when their name says another kind; images from a camera or a phone often misname themselves.</summary>
    public bool NameMustMatch { get; init; } = true;

    /// <summary>
    /// Refuse a file whose format's end marker is missing (a cut-off upload). The media library turns this off: it
    /// checks an image's pixel caps from the header first, and its decoder refuses what it cannot read.
    /// </summary>
    public bool RequireWhole { get; init; } = true;

    public ZipLimits Zip { get; init; } = ZipLimits.Office;
}

/// <summary>
/// How far a DOCX or XLSX is unpacked before it is refused. The sizes a ZIP declares are never trusted: bytes are
/// counted as they come out.
/// </summary>
public sealed record ZipLimits(int MaxEntries, long MaxUncompressedBytes, int MaxCompressionRatio)
{
    /// <summary>
    /// Real Word and Excel files have tens to hundreds of parts and compress XML about 5–20 to 1; a part packed
    /// 100 to 1 or an archive unpacking past 100 MB is a bomb, not a document.
    /// </summary>
    public static readonly ZipLimits Office = new(1_000, 100L * 1024 * 1024, 100);
}
