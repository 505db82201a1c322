using System.Text;
using DocumentFormat.OpenXml.Packaging;
using XinxingPortal.Abstractions.Export;
using XinxingPortal.Platform.Export;

namespace XinxingPortal.UnitTests.Kernel;

public sealed class TableExportTests
{
    private static readonly Table Registrations = new("registrations-kepu-week", ["Name", "Mobile"],
    [
        ["=HYPERLINK(\"http://evil\")", "+86 139"],
        ["-2+3", "@SUM(A1)"],
        ["\tindent", "\rreturn"],
        ["阿依古丽", "13912345678"],
    ]);

    private readonly TableExport export = new();

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@A1", "'@A1")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("plain", "plain")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_stays_text(string value, string expected) =>
        Assert.Equal(expected, CsvCell.Guard(value));

    [Fact]
    public void The_csv_has_a_byte_order_mark_quoted_guarded_cells_and_crlf_rows()
    {
        var file = export.Csv(Registrations);
        var text = Encoding.UTF8.GetString(file.Content);

        Assert.Equal([0xEF, 0xBB, 0xBF], file.Content[..3]);
        Assert.Equal("registrations-kepu-week.csv", file.FileName);
        Assert.StartsWith("text/csv", file.ContentType, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\",\"'+86 139\"\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"'-2+3\",\"'@SUM(A1)\"\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"阿依古丽\",\"13912345678\"\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_xlsx_opens_and_holds_every_cell_as_text()
    {
        var file = export.Xlsx(Registrations);

        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content), false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single();
        var rows = document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList()).ToList();

        Assert.Equal("registrations-kepu-week", sheet.Name!.Value);
        Assert.Equal(5, rows.Count);
        Assert.Equal(["Name", "Mobile"], rows[0]);
        Assert.Equal(["=HYPERLINK(\"http://evil\")", "+86 139"], rows[1]);
        Assert.Equal(["阿依古丽", "13912345678"], rows[4]);
        Assert.DoesNotContain(document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.CellFormula>(), _ => true);
    }
}
