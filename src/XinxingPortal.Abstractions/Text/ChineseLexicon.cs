using System.Globalization;
using System.Reflection;
using JiebaNet.Segmenter;

namespace XinxingPortal.Abstractions.Text;

/// <summary>
/// The process's one jieba segmenter with the bureau's domain dictionary added, jieba's IDF table and stop words,
/// shared by the market's matching engine and site search so the dictionary is loaded once. Loading takes seconds
/// and tens of megabytes, so it happens on first use. jieba keeps its dictionary in static state; every word is added
/// inside the loader, before anyone segments, so afterwards the dictionary is only read and cutting is safe from many
/// threads at once. Nobody may call <c>AddWord</c> on <see cref="Segmenter"/> afterwards: once the words are in, jieba's
/// word table is swapped for a read-only compact copy (<see cref="FrozenWordDictionary"/>, ~11 MB instead of ~35 MB) and
/// any later write throws.
/// </summary>
public sealed class ChineseLexicon
{
    /// <summary>The folder beside the binaries that Abstractions' csproj copies jieba's files into.</summary>
    public static readonly string ResourceFolder = Path.Combine(AppContext.BaseDirectory, "jieba");

    // jieba 0.42.2's WordDictionary keeps every word and prefix in this internal field; see FreezeTrie.
    private const string TrieField = "Trie";

    private static readonly Lazy<ChineseLexicon> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // Search never weighs words, so a process that only searches need not hold the IDF table; matching reads it on first use.
    private readonly Lazy<IdfTable> idf = new(() => IdfTable.Read(Path.Combine(ResourceFolder, "idf.txt")), LazyThreadSafetyMode.ExecutionAndPublication);

    private ChineseLexicon(JiebaSegmenter segmenter, HashSet<string> stopWords, HashSet<string> domainTerms)
    {
        Segmenter = segmenter;
        DomainTerms = domainTerms;
        StopWords = stopWords;
    }

    public static ChineseLexicon Shared => Loaded.Value;

    public JiebaSegmenter Segmenter { get; }

    /// <summary>jieba's IDF weights, read on first use.</summary>
    public IdfTable Idf => idf.Value;

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

        ConfigManager.ConfigFileBaseDir = ResourceFolder;
        var segmenter = new JiebaSegmenter();
        if (WordDictionary.Instance.Total <= 0)
        {
            // jieba reads its dictionary once, on first touch, from the folder set above; if anything touched it before,
            // it read nothing and would cut every character apart.
            throw new InvalidOperationException($"jieba's dictionary loaded empty: something used jieba before ChineseLexicon pointed it at {ResourceFolder}.");
        }

        var domainTerms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedLines(typeof(ChineseLexicon).Assembly, "XinxingPortal.Abstractions.Text.DomainTerms.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            segmenter.AddWord(parts[0], parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0);
            domainTerms.Add(parts[0]);
        }

        // Only now, with every word in: from here on jieba's dictionary is only read.
        var words = WordDictionary.Instance;
        var total = words.Total;
        FreezeTrie(words, () => words.Total = total);

        var stopWords = new HashSet<string>(File.ReadLines(Path.Combine(ResourceFolder, "stopwords.txt")).Select(w => w.Trim('\uFEFF', ' ')), StringComparer.Ordinal);
        var lexicon = new ChineseLexicon(segmenter, stopWords, domainTerms);

        // jieba built its own ~40 MB table before the swap; the collector would reuse that space but keep it committed,
        // so a small node carried ~25 MB of resident memory for nothing. One compacting collection, once per process,
        // on the thread that loads it (the search warm-up in the background, or else the first matching request).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return lexicon;
    }

    /// <summary>
    /// Replaces jieba's word table (the internal field <c>WordDictionary.Trie</c>, a Dictionary of every word and every
    /// prefix of one) with a <see cref="FrozenWordDictionary"/> holding the same entries. The old dictionary is referenced
    /// from nowhere else, so the collector takes it back. <paramref name="onRejectedWrite"/> runs when something later tries
    /// to write to the table. A jieba version without that field, or with another type, fails here at load rather than
    /// running on unnoticed with the large dictionary.
    /// </summary>
    internal static FrozenWordDictionary FreezeTrie(object wordDictionary, Action? onRejectedWrite = null)
    {
        var field = wordDictionary.GetType().GetField(TrieField, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
        if (field is null || field.FieldType != typeof(IDictionary<string, int>))
        {
            throw new InvalidOperationException(
                $"{wordDictionary.GetType().FullName} has no instance field {TrieField} of type IDictionary<string, int> " +
                $"(found {field?.FieldType.ToString() ?? "none"}); this jieba.NET ({wordDictionary.GetType().Assembly.GetName().Version}) " +
                "is not the one ChineseLexicon was written for (0.42.2). Check how it stores its dictionary and adapt ChineseLexicon.FreezeTrie.");
        }

        if (field.GetValue(wordDictionary) is not IDictionary<string, int> words)
        {
            throw new InvalidOperationException($"jieba's {TrieField} field is empty: the dictionary was not loaded.");
        }

        if (words is FrozenWordDictionary already)
        {
            return already;
        }

        // Sized exactly, so the builder's arrays become the table's and the load's peak holds no third copy.
        var chars = 0;
        foreach (var word in words.Keys)
        {
            chars += word.Length;
        }

        var table = new CompactWordTable<int>.Builder(words.Count, chars);
        foreach (var (word, frequency) in words)
        {
            table.Set(word, frequency);
        }

        var frozen = new FrozenWordDictionary(table.Build(), onRejectedWrite);
        field.SetValue(wordDictionary, frozen);
        return frozen;
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
