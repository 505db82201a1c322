using System.Globalization;

namespace XinxingPortal.Abstractions.Text;

/// <summary>
/// jieba's inverse document frequencies (idf.txt: "word value" a line): 技术 ≈ 4.7, 煤焦油 ≈ 9.7. A word the table lacks
/// (a domain term, a new compound) gets the median, as jieba's own keyword extractor does: rare enough to count.
/// </summary>
/// <remarks>
/// The 270,132 weights are kept as floats in a <see cref="CompactWordTable{TValue}"/> (about 5 MB instead of 17 MB as a
/// dictionary of doubles). A float's 7 significant digits are far finer than anything the weights are compared by. The
/// median (11.95...) is itself the weight of thousands of listed words, so it is kept at the same float precision: a word the
/// table lacks and a word listed at the median must still weigh the same, or the matching engine's ties (it orders shared
/// words by weight, then alphabetically) would change order.
/// </remarks>
public sealed class IdfTable
{
    private readonly CompactWordTable<float> values;

    private IdfTable(CompactWordTable<float> values, double median)
    {
        this.values = values;
        Median = median;
    }

    public double Median { get; }

    /// <summary>How many words the table has.</summary>
    public int Count => values.Count;

    public double Of(string term) => values.TryGetValue(term, out var value) ? value : Median;

    public double Of(ReadOnlySpan<char> term) => values.TryGetValue(term, out var value) ? value : Median;

    public static IdfTable Read(string path)
    {
        var builder = new CompactWordTable<float>.Builder(300_000, 800_000);
        foreach (var line in File.ReadLines(path))
        {
            var space = line.LastIndexOf(' ');
            if (space > 0 && double.TryParse(line.AsSpan(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                builder.Set(line.AsSpan(0, space), (float)value);
            }
        }

        var table = builder.Build();
        var sorted = new float[table.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = table.ValueAt(i);
        }

        Array.Sort(sorted);
        return new IdfTable(table, sorted.Length == 0 ? 0 : sorted[sorted.Length / 2]);
    }
}
