using System.Globalization;
using System.Reflection;
using JiebaNet.Segmenter;

namespace XinxingPortal.TechTransfer.Matching;

/// <summary>
/// The process's one jieba segmenter with the domain dictionary added, jieba's IDF table and the stop words.
/// Loading takes seconds and tens of megabytes, so it happens once, on first use. jieba keeps its dictionary in
/// static state; every word is added inside the loader, before anyone segments, so afterwards the dictionary is
/// only read and cutting is safe from many threads at once.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>The folder beside the binaries the module's csproj copies jieba's files into.</summary>
    public static readonly string ResourceFolder = Path.Combine(AppContext.BaseDirectory, "jieba");

    private static readonly Lazy<Lexicon> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private Lexicon(JiebaSegmenter segmenter, IdfTable idf, HashSet<string> stopWords, HashSet<string> domainTerms)
    {
        Segmenter = segmenter;
        DomainTerms = domainTerms;
        Idf = idf;
        StopWords = stopWords;
    }

    public static Lexicon Shared => Loaded.Value;

    public JiebaSegmenter Segmenter { get; }
    public IdfTable Idf { get; }
    public IReadOnlySet<string> StopWords { get; }

    /// <summary>The plan's terms (DomainTerms.txt): the only words taken from inside a longer word (冷链 from 冷链物流).</summary>
    public IReadOnlySet<string> DomainTerms { get; }

    private static Lexicon Load()
    {
        var dictionary = Path.Combine(ResourceFolder, "dict.txt");
        if (!File.Exists(dictionary))
        {
            // jieba swallows a missing dictionary and then cuts every character apart; fail loudly instead.
            throw new FileNotFoundException($"jieba's dictionary is missing from {ResourceFolder}; the TechTransfer csproj copies it there on build.", dictionary);
        }

        // The IDF table is as big as the dictionary: read both at once.
        var idf = Task.Run(() => IdfTable.Read(Path.Combine(ResourceFolder, "idf.txt")));
        ConfigManager.ConfigFileBaseDir = ResourceFolder;
        var segmenter = new JiebaSegmenter();
        var domainTerms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedLines("DomainTerms.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            segmenter.AddWord(parts[0], parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0);
            domainTerms.Add(parts[0]);
        }

        var stopWords = new HashSet<string>(File.ReadLines(Path.Combine(ResourceFolder, "stopwords.txt")).Select(w => w.Trim('\uFEFF', ' ')), StringComparer.Ordinal);
        stopWords.UnionWith(EmbeddedLines("GenericWords.txt"));
        return new Lexicon(segmenter, idf.GetAwaiter().GetResult(), stopWords, domainTerms);
    }

    /// <summary>The non-empty, non-comment lines of one of the module's embedded word lists.</summary>
    public static IEnumerable<string> EmbeddedLines(string name)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream($"XinxingPortal.TechTransfer.Matching.{name}")
            ?? throw new InvalidOperationException($"The embedded word list {name} is missing.");
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
