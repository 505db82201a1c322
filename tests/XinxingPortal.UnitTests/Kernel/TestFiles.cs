using System.IO.Compression;
using System.Text;

namespace XinxingPortal.UnitTests.Kernel;

/// <summary>Small real files, and the hostile ones the inspector must refuse.</summary>
internal static class TestFiles
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A complete 1×1 PNG (signature, IHDR, IDAT, IEND).</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    public static byte[] Docx(params (string Name, byte[] Content)[] extra) =>
        Zip([("[Content_Types].xml", Xml), ("word/document.xml", Xml), .. extra]);

    public static byte[] Xlsx() => Zip([("[Content_Types].xml", Xml), ("xl/workbook.xml", Xml)]);

    public static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var part = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                part.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Xml => "<?xml version=\"1.0\"?><x/>"u8.ToArray();
}
