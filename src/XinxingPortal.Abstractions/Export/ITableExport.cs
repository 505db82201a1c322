namespace XinxingPortal.Abstractions.Export;

/// <summary>A list of rows of text as a download staff open in a spreadsheet: CSV or XLSX.</summary>
public interface ITableExport
{
    /// <summary>UTF-8 with a byte-order mark (so Excel reads Chinese and Uyghur), cells guarded against formula injection.</summary>
    ExportedFile Csv(Table table);

    /// <summary>One sheet of text cells; text is never read as a formula.</summary>
    ExportedFile Xlsx(Table table);
}

/// <summary>
/// What is exported. <paramref name="Name"/> names the file and the sheet, so it should be plain ASCII
/// (registrations-2026-05-kepu).
/// </summary>
public sealed record Table(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string>> Rows);

public sealed record ExportedFile(byte[] Content, string ContentType, string FileName);
