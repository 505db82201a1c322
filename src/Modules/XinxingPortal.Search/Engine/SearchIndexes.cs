using System.Collections.Concurrent;

namespace XinxingPortal.Search.Engine;

/// <summary>
/// The node's open indexes, one per folder (tenant and culture), kept open for the life of the process and closed
/// with it. A folder deleted while open is noticed here and the index opened afresh, empty and so unbuilt.
/// </summary>
internal sealed class SearchIndexes : IDisposable
{
    private readonly ConcurrentDictionary<string, SearchIndex> open = new(StringComparer.Ordinal);
    private readonly Lock opening = new();

    public SearchIndex Get(string folder, string culture)
    {
        var path = Path.GetFullPath(Path.Combine(folder, culture));
        if (open.TryGetValue(path, out var index) && index.FolderExists)
        {
            return index;
        }

        lock (opening)
        {
            if (open.TryGetValue(path, out index))
            {
                if (index.FolderExists)
                {
                    return index;
                }

                open.TryRemove(path, out _);
                index.Dispose();
            }

            index = new SearchIndex(path, culture);
            open[path] = index;
            return index;
        }
    }

    public void Dispose()
    {
        foreach (var index in open.Values)
        {
            index.Dispose();
        }

        open.Clear();
    }
}
