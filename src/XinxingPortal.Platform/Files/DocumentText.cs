using System.Text;
using DocumentFormat.OpenXml.Packaging;
using XinxingPortal.Abstractions.Files;

namespace XinxingPortal.Platform.Files;

/// <summary>
/// Reads the words of a DOCX (paragraph text) or XLSX (shared strings and inline cell text). The file is inspected
/// again first, so nothing that would be refused on upload is ever unpacked here.
/// </summary>
internal sealed class DocumentText(IFileInspector inspector) : IDocumentText
{
    private static readonly FileRules Office = new([FileKind.Docx, FileKind.Xlsx], 20L * 1024 * 1024, "", "");

    public string Extract(string fileName, byte[] content, int maxChars = 100_000)
    {
        var inspection = inspector.Inspect(fileName, content, Office);
        if (!inspection.Accepted)
        {
            return "";
        }

        var text = new StringBuilder();
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            if (inspection.Kind == FileKind.Docx)
            {
                using var word = WordprocessingDocument.Open(stream, false);
                foreach (var paragraph in word.MainDocumentPart?.Document?.Body?.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>() ?? [])
                {
                    if (!Append(text, paragraph.InnerText, maxChars))
                    {
                        break;
                    }
                }
            }
            else
            {
                using var sheet = SpreadsheetDocument.Open(stream, false);
                var strings = sheet.WorkbookPart?.SharedStringTablePart?.SharedStringTable?.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>() ?? [];
                foreach (var item in strings)
                {
                    if (!Append(text, item.InnerText, maxChars))
                    {
                        break;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException)
        {
            // A damaged part: search keeps what it read so far rather than failing the item.
        }

        return text.ToString();
    }

    private static bool Append(StringBuilder text, string part, int maxChars)
    {
        if (part.Length == 0)
        {
            return true;
        }

        text.Append(part.AsSpan(0, Math.Min(part.Length, maxChars - text.Length))).Append('\n');
        return text.Length < maxChars;
    }
}
