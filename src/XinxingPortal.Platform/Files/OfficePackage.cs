using System.IO.Compression;
using XinxingPortal.Abstractions.Files;

namespace XinxingPortal.Platform.Files;

/// <summary>
/// Decides whether a ZIP is a Word or Excel file that is safe to keep: not too many parts, no part name that could
/// escape a folder when unpacked, every part unpacked (with a byte count that ignores what the ZIP declares) within
/// the limits, and the parts a DOCX or XLSX must have.
/// </summary>
internal static class OfficePackage
{
    /// <summary>Below this a part's ratio is not judged: small XML of repeated tags compresses far, harmlessly.</summary>
    private const long RatioFloor = 1024 * 1024;

    public static (FileKind? Kind, string? Problem) Inspect(byte[] data, ZipLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                return (null, FileProblems.ZipTooManyEntries);
            }

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in zip.Entries)
            {
                if (!IsSafeName(entry.FullName) || !names.Add(entry.FullName))
                {
                    return (null, FileProblems.ZipBadName);
                }
            }

            if (UnpackProblem(zip, limits) is { } problem)
            {
                return (null, problem);
            }

            var kind = !names.Contains("[Content_Types].xml") ? (FileKind?)null
                : names.Contains("word/document.xml") ? FileKind.Docx
                : names.Contains("xl/workbook.xml") ? FileKind.Xlsx
                : null;
            return kind is null ? (null, FileProblems.ZipMissingParts) : (kind, null);
        }
        catch (InvalidDataException)
        {
            // No central directory (cut off), a corrupt entry, or a size that contradicts the bytes.
            return (null, FileProblems.Truncated);
        }
    }

    /// <summary>A relative path of plain segments: no root, no drive, no "..", no backslash, no control characters.</summary>
    internal static bool IsSafeName(string name) =>
        name.Length is > 0 and <= 260
        && name[0] != '/'
        && !name.Contains('\\', StringComparison.Ordinal)
        && !name.Contains(':', StringComparison.Ordinal)
        && !name.Any(char.IsControl)
        && name.Split('/').All(segment => segment is not ".." and not ".");

    private static string? UnpackProblem(ZipArchive zip, ZipLimits limits)
    {
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            using var part = entry.Open();
            long read = 0;
            int n;
            while ((n = part.Read(buffer)) > 0)
            {
                read += n;
                total += n;
                if (total > limits.MaxUncompressedBytes)
                {
                    return FileProblems.ZipTooLarge;
                }

                if (read > RatioFloor && read > Math.Max(entry.CompressedLength, 1) * limits.MaxCompressionRatio)
                {
                    return FileProblems.ZipCompressedTooMuch;
                }
            }
        }

        return null;
    }
}
