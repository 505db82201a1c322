using System.IO.Compression;
using XinxingPortal.Abstractions.Storage;

namespace XinxingPortal.TechTransfer;

/// <summary>
/// Files the market keeps outside the public media library (licences, attachments), under the tenant's
/// <c>techtransfer</c> folder and named by id only, so a stored name never comes from the uploader.
/// The kind is decided from the bytes; a file whose content and name disagree is refused.
/// </summary>
internal sealed class PrivateFiles(ITenantStorage storage)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly FileKind Pdf = new(".pdf", "application/pdf");
    public static readonly FileKind Jpeg = new(".jpg", "image/jpeg");
    public static readonly FileKind Png = new(".png", "image/png");
    public static readonly FileKind Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static readonly FileKind Xlsx = new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /// <summary>What a licence may be: a photo or scan (JPEG, PNG) or a PDF.</summary>
    public static readonly FileKind[] LicenceKinds = [Jpeg, Png, Pdf];

    /// <summary>What an outcome or application may attach.</summary>
    public static readonly FileKind[] DocumentKinds = [Pdf, Docx, Xlsx];

    /// <summary>The kind of the upload, or the reason (an English msgid) it is refused.</summary>
    public static (FileKind? Kind, string? Problem) Inspect(string fileName, byte[] data, IReadOnlyList<FileKind> allowed)
    {
        if (data.Length == 0)
        {
            return (null, "The file is empty.");
        }

        if (data.Length > MaxBytes)
        {
            return (null, "The file is larger than 10 MB.");
        }

        var kind = Detect(data);
        if (kind is null || !allowed.Contains(kind))
        {
            return (null, allowed == LicenceKinds ? "The licence must be a JPEG or PNG image or a PDF." : "Only PDF, DOCX and XLSX files can be attached.");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var matches = extension == kind.Extension || (kind == Jpeg && extension == ".jpeg");
        return matches ? (kind, null) : (null, "The file's content does not match its name.");
    }

    /// <summary>Whole or not at all (a crash mid-write leaves only a temporary file), and again without complaint when re-run.</summary>
    public async Task SaveAsync(string id, byte[] data, CancellationToken ct)
    {
        var temporary = PathOf(id) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, data, ct);
        File.Move(temporary, PathOf(id), overwrite: true);
    }

    public Stream? Open(string id) => File.Exists(PathOf(id)) ? File.OpenRead(PathOf(id)) : null;

    public void Delete(string id) => File.Delete(PathOf(id));

    private string PathOf(string id) =>
        Path.Combine(storage.FolderFor("techtransfer"), id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? id : throw new ArgumentException("Bad file id.", nameof(id)));

    private static FileKind? Detect(byte[] data)
    {
        var span = data.AsSpan();
        if (span.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (span.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return Jpeg;
        }

        if (span.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return Png;
        }

        return span.StartsWith("PK\u0003\u0004"u8) ? OfficeKind(data) : null;
    }

    private static FileKind? OfficeKind(byte[] data)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            return !names.Contains("[Content_Types].xml") ? null
                : names.Contains("word/document.xml") ? Docx
                : names.Contains("xl/workbook.xml") ? Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}

internal sealed record FileKind(string Extension, string ContentType);
