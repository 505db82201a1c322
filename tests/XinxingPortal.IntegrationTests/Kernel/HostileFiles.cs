using System.IO.Compression;
using System.Text;

namespace XinxingPortal.IntegrationTests.Kernel;

/// <summary>Uploads every use must refuse, each with the Chinese message the reader sees.</summary>
public static class HostileFiles
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    public static TheoryData<string, string, string> Documents() => new()
    {
        { "zip-slip", "plan.docx", "该文档包含名称不被允许的部件" },
        { "absolute", "plan.docx", "该文档包含名称不被允许的部件" },
        { "bomb", "plan.docx", "该文档中有部件的压缩比远超正常文档" },
        { "many", "plan.docx", "该文档包含的部件过多" },
        { "no-parts", "plan.docx", "该文档缺少 Word 或 Excel 文件必备的部件" },
        { "text", "plan.pdf", "仅支持上传 PDF、DOCX 和 XLSX 格式的附件" },
        { "pdf", "plan.docx", "文件内容与文件名（扩展名）不符" },
        { "truncated-pdf", "plan.pdf", "文件不完整或已损坏" },
        { "truncated-docx", "plan.docx", "文件不完整或已损坏" },
    };

    public static byte[] Of(string kind) => kind switch
    {
        "zip-slip" => Docx(("../../x", "owned"u8.ToArray())),
        "absolute" => Docx(("/tmp/x", "owned"u8.ToArray())),
        "bomb" => Docx(("word/media/zeros.bin", new byte[50 * 1024 * 1024])),
        "many" => Docx([.. Enumerable.Range(0, 1_001).Select(i => ($"word/p{i}.xml", "x"u8.ToArray()))]),
        "no-parts" => Zip([("word/document.xml", "x"u8.ToArray())]),
        "text" => "just text that calls itself a PDF"u8.ToArray(),
        "pdf" => Pdf,
        "truncated-pdf" => Pdf[..20],
        "truncated-docx" => Docx()[..200],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static byte[] Docx(params (string Name, byte[] Content)[] extra) =>
        Zip([("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", "<w:document/>"u8.ToArray()), .. extra]);

    private static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
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
}
