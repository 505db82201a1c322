using System.IO.Compression;

namespace XinxingPortal.Policies.Attachments;

/// <summary>
/// Decides what a file is from its bytes, not its name: a PDF starts with %PDF-, a DOCX or XLSX is a ZIP
/// package holding the part that makes it one. A file whose content and name disagree is refused.
/// </summary>
internal static class AttachmentInspector
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The kind, or the reason (a localizable message) the file is refused.</summary>
    public static (AttachmentKind? Kind, string? Problem) Inspect(string fileName, byte[] data)
    {
        if (data.Length == 0)
        {
            return (null, "The file is empty.");
        }

        if (data.Length > MaxBytes)
        {
            return (null, "The file is larger than 20 MB.");
        }

        var kind = Detect(data);
        if (kind is null)
        {
            return (null, "Only PDF, DOCX and XLSX files can be attached.");
        }

        return Path.GetExtension(fileName).Equals(kind.Extension, StringComparison.OrdinalIgnoreCase)
            ? (kind, null)
            : (null, "The file's content does not match its name.");
    }

    private static AttachmentKind? Detect(byte[] data)
    {
        if (data.AsSpan().StartsWith("%PDF-"u8))
        {
            return AttachmentKind.Pdf;
        }

        if (!data.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return null;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(data), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }

            return names.Contains("word/document.xml") ? AttachmentKind.Docx
                : names.Contains("xl/workbook.xml") ? AttachmentKind.Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>"1.2 MB", "340 KB": how lists show a file's size.</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / 1024.0 / 1024.0:0.0} MB",
        >= 1024 => $"{bytes / 1024.0:0} KB",
        _ => $"{bytes} B",
    };
}
