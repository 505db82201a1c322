using System.Globalization;

namespace XinxingPortal.Abstractions.Text;

/// <summary>
/// jieba's inverse document frequencies (idf.txt: "word value" a line): 技术 ≈ 4.7, 煤焦油 ≈ 9.7. A word the table lacks
/// (a domain term, a new compound) gets the median, as jieba's own keyword extractor does: rare enough to count.
/// </summary>
public sealed class IdfTable(Dictionary<string, double> values, double median)
{
    public double Median { get; } = median;

    public double Of(string term) => values.TryGetValue(term, out var value) ? value : Median;

    public static IdfTable Read(string path)
    {
        var values = new Dictionary<string, double>(300_000, StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var space = line.LastIndexOf(' ');
            if (space > 0 && double.TryParse(line.AsSpan(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                values[line[..space]] = value;
            }
        }

        var sorted = values.Values.Order().ToArray();
        return new IdfTable(values, sorted.Length == 0 ? 0 : sorted[sorted.Length / 2]);
    }
}
