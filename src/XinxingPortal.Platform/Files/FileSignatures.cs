using System.Buffers.Binary;
using XinxingPortal.Abstractions.Files;

namespace XinxingPortal.Platform.Files;

/// <summary>The kind a file's first bytes announce, and whether its last bytes show it was received whole.</summary>
internal static class FileSignatures
{
    /// <summary>Where a format's end marker may sit: writers append a little after it (PDF incremental saves, camera trailers).</summary>
    private const int TailWindow = 64 * 1024;

    /// <summary>The kind the header announces; a ZIP is only "a ZIP" here (<see cref="OfficePackage"/> says which document).</summary>
    public static Announced Detect(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("%PDF-"u8))
        {
            return Announced.Pdf;
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Announced.Jpeg;
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Announced.Png;
        }

        if (data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return Announced.WebP;
        }

        return data.StartsWith("PK\u0003\u0004"u8) ? Announced.Zip : Announced.Unknown;
    }

    /// <summary>Whether a PDF, JPEG, PNG or WebP ends the way its format ends: a cut-off upload does not.</summary>
    public static bool IsWhole(FileKind kind, ReadOnlySpan<byte> data)
    {
        var tail = data.Length > TailWindow ? data[^TailWindow..] : data;
        return kind switch
        {
            FileKind.Pdf => tail.IndexOf("%%EOF"u8) >= 0,
            FileKind.Jpeg => data.Length > 4 && tail.IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0,
            FileKind.Png => tail.IndexOf("IEND"u8) >= 0,
            // RIFF says how many bytes follow its first eight.
            FileKind.WebP => data.Length >= 12 && BinaryPrimitives.ReadUInt32LittleEndian(data[4..8]) + 8L <= data.Length,
            _ => true,
        };
    }
}

internal enum Announced
{
    Unknown,
    Pdf,
    Jpeg,
    Png,
    WebP,
    Zip,
}
