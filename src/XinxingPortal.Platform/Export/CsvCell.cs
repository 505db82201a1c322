namespace XinxingPortal.Platform.Export;

/// <summary>
/// One CSV field. A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as
/// a formula, so such a cell gets a leading apostrophe and stays text (OWASP "CSV injection").
/// </summary>
internal static class CsvCell
{
    private const string FormulaStarts = "=+-@\t\r";

    public static string Guard(string value) =>
        value.Length > 0 && FormulaStarts.Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;

    public static string Quote(string value) => "\"" + Guard(value).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
