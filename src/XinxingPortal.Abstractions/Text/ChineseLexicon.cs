using System.Globalization;
using JiebaNet.Segmenter;

namespace XinxingPortal.Abstractions.Text;

/// <summary>
/// The process's one jieba segmenter with the bureau's domain dictionary added, jieba's IDF table and stop words,
/// shared by the market's matching engine and site search so the dictionary is loaded once. Loading takes seconds
/// and tens of megabytes, so it happens on first use. jieba keeps its dictionary in static state; every word is added
/// inside the loader, before anyone segments, so afterwards the dictionary is only read and cutting is safe from many
/// threads at once. Nobody may call <c>AddWord</c> on <see cref="Segmenter"/> afterwards.
/// </summary>
public sealed class ChineseLexicon
{
    /// <summary>The folder beside the binaries that Abstractions' csproj copies jieba's files into.</summary>
    public static readonly string ResourceFolder = Path.Combine(AppContext.BaseDirectory, "jieba");

    private static readonly Lazy<ChineseLexicon> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private ChineseLexicon(JiebaSegmenter segmenter, IdfTable idf, HashSet<string> stopWords, HashSet<string> domainTerms)
    {
        Segmenter = segmenter;
        DomainTerms = domainTerms;
        Idf = idf;
        StopWords = stopWords;
    }

    public static ChineseLexicon Shared => Loaded.Value;

    public JiebaSegmenter Segmenter { get; }
    public IdfTable Idf { get; }
    public IReadOnlySet<string> StopWords { get; }

    /// <summary>The plan's terms (DomainTerms.txt): words jieba's general dictionary splits or misses (煤焦油, 揭榜挂帅).</summary>
    public IReadOnlySet<string> DomainTerms { get; }

    private static ChineseLexicon Load()
    {
        var dictionary = Path.Combine(ResourceFolder, "dict.txt");
        if (!File.Exists(dictionary))
        {
            // jieba swallows a missing dictionary and then cuts every character apart; fail loudly instead.
            throw new FileNotFoundException($"jieba's dictionary is missing from {ResourceFolder}; the Abstractions csproj copies it there on build.", dictionary);
        }

        // The IDF table is as big as the dictionary: read both at once.
        var idf = Task.Run(() => IdfTable.Read(Path.Combine(ResourceFolder, "idf.txt")));
        ConfigManager.ConfigFileBaseDir = ResourceFolder;
        var segmenter = new JiebaSegmenter();
        var domainTerms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedLines(typeof(ChineseLexicon).Assembly, "XinxingPortal.Abstractions.Text.DomainTerms.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            segmenter.AddWord(parts[0], parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0);
            domainTerms.Add(parts[0]);
        }

        var stopWords = new HashSet<string>(File.ReadLines(Path.Combine(ResourceFolder, "stopwords.txt")).Select(w => w.Trim('\uFEFF', ' ')), StringComparer.Ordinal);
        return new ChineseLexicon(segmenter, idf.GetAwaiter().GetResult(), stopWords, domainTerms);
    }

    /// <summary>The non-empty, non-comment lines of an embedded word list.</summary>
    public static IReadOnlyList<string> EmbeddedLines(System.Reflection.Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded word list {resource} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
