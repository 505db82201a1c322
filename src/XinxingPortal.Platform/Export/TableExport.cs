using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using XinxingPortal.Abstractions.Export;
using Table = XinxingPortal.Abstractions.Export.Table;

namespace XinxingPortal.Platform.Export;

internal sealed class TableExport : ITableExport
{
    private const string CsvType = "text/csv; charset=utf-8";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public ExportedFile Csv(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder("\uFEFF");
        foreach (var row in table.Rows.Prepend(table.Header))
        {
            csv.AppendJoin(',', row.Select(CsvCell.Quote)).Append("\r\n");
        }

        return new ExportedFile(Encoding.UTF8.GetBytes(csv.ToString()), CsvType, table.Name + ".csv");
    }

    public ExportedFile Xlsx(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var row in table.Rows.Prepend(table.Header))
            {
                data.Append(Row(row));
            }

            sheetPart.Worksheet = new Worksheet(data);
            // Sheet names are at most 31 characters, none of []:*?/\.
            var sheetName = new string([.. table.Name.Where(c => !"[]:*?/\\".Contains(c, StringComparison.Ordinal)).Take(31)]);
            workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName.Length > 0 ? sheetName : "Sheet1" });
            workbook.Workbook.Save();
        }

        return new ExportedFile(buffer.ToArray(), XlsxType, table.Name + ".xlsx");
    }

    /// <summary>Inline strings: a cell is text whatever it starts with, so no formula guard is needed here.</summary>
    private static Row Row(IEnumerable<string> values)
    {
        var row = new Row();
        foreach (var value in values)
        {
            row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }) });
        }

        return row;
    }
}
