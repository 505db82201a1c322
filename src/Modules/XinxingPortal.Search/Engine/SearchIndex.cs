using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using XinxingPortal.Abstractions.Search;

namespace XinxingPortal.Search.Engine;

/// <summary>
/// One culture's index of one tenant on this node: one writer (Lucene allows one per folder) and a searcher that
/// sees what was written. An index counts as built only once a full rebuild has committed with the mark, so a
/// deleted folder or a rebuild cut short by a crash is rebuilt from the sources.
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    private const string BuiltMark = "xp-built";
    private const string ThroughMark = "xp-through";

    private readonly FSDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;

    public SearchIndex(string folder, string culture)
    {
        Folder = folder;
        Culture = culture;
        Analyzer = CultureAnalyzers.For(culture);
        System.IO.Directory.CreateDirectory(folder);
        directory = FSDirectory.Open(folder);
        writer = new IndexWriter(directory, new IndexWriterConfig(CultureAnalyzers.Version, Analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        if (DirectoryReader.IndexExists(directory) && DirectoryReader.ListCommits(directory).LastOrDefault()?.UserData is { } marks
            && marks.TryGetValue(BuiltMark, out var ticks))
        {
            IsBuilt = true;
            BuiltAtUtc = long.TryParse(ticks, out var t) ? new DateTime(t, DateTimeKind.Utc) : DateTime.MinValue;
            Through = marks.TryGetValue(ThroughMark, out var through) && long.TryParse(through, out var id) ? id : 0;
        }

        // jieba's dictionary takes seconds to load; start it now, so the first change or query does not wait for all of it.
        _ = CultureAnalyzers.WarmUpAsync();
    }

    public string Folder { get; }
    public string Culture { get; }
    public Analyzer Analyzer { get; }

    /// <summary>Held while the index is rebuilt or changed, so a rebuild never interleaves with a change.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public bool IsBuilt { get; private set; }

    /// <summary>
    /// The change feed's entry up to which this index holds everything (0: not known), so a node that has just built
    /// its index skips the feed's older entries instead of replaying them one by one behind a fresh publish.
    /// </summary>
    public long Through { get; private set; }

    /// <summary>When the last full rebuild started reading the sources: every change committed before it is already in.</summary>
    public DateTime BuiltAtUtc { get; private set; } = DateTime.MinValue;

    /// <summary>False once someone has deleted the folder under it: the registry then opens a fresh one.</summary>
    public bool FolderExists => System.IO.Directory.Exists(Folder) && File.Exists(Path.Combine(Folder, "write.lock"));

    public void Put(SearchDocument document) => writer.UpdateDocument(new Term(IndexFields.Key, document.Key), IndexFields.ToLucene(document));

    public void Remove(string key) => writer.DeleteDocuments(new Term(IndexFields.Key, key));

    public void Clear()
    {
        writer.DeleteAll();
        IsBuilt = false;
        Through = 0;
    }

    /// <summary>
    /// Makes the changes durable and visible; <paramref name="builtAtUtc"/> marks the end of a full rebuild that started
    /// then, <paramref name="through"/> the feed's entry the index now holds everything up to (when known).
    /// </summary>
    public void Commit(DateTime? builtAtUtc = null, long? through = null)
    {
        if (builtAtUtc is { } at)
        {
            BuiltAtUtc = at;
            IsBuilt = true;
        }

        if (through is { } id && id > Through)
        {
            Through = id;
        }

        if (IsBuilt)
        {
            var invariant = System.Globalization.CultureInfo.InvariantCulture;
            writer.SetCommitData(new Dictionary<string, string>
            {
                [BuiltMark] = BuiltAtUtc.Ticks.ToString(invariant),
                [ThroughMark] = Through.ToString(invariant),
            });
        }

        // Readers see the change from the writer's memory first (near-real-time), so a publish is searchable without
        // waiting for the disk; the commit after it makes the change durable before the feed's cursor moves on.
        searchers.MaybeRefreshBlocking();
        writer.Commit();
    }

    public IndexSearcher Acquire() => searchers.Acquire();

    public void Release(IndexSearcher searcher) => searchers.Release(searcher);

    public void Dispose()
    {
        searchers.Dispose();
        try
        {
            writer.Dispose();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // The folder is gone (deleted under us): nothing left to flush, but the process-wide lock on the path
            // must still go, or the fresh index opened in its place could never write.
            try
            {
                IndexWriter.Unlock(directory);
            }
            catch (IOException)
            {
                // Nothing held it any more.
            }
        }

        directory.Dispose();
        Analyzer.Dispose();
        Gate.Dispose();
    }
}
