using System.Collections.Concurrent;

namespace XinxingPortal.Search.Querying;

/// <summary>
/// The public page's hot searches, kept per tenant and culture and read again at most once a minute. Read per search
/// they cost a GROUP BY over 30 days of logged queries on every request, a cost that grows with the site's traffic
/// (under the load benchmark's searches it did). An empty list is not kept: a young site shows its first searches at once.
/// </summary>
internal sealed class HotSearches(TimeProvider time)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlyList<QueryCount> Top)> kept = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<QueryCount>> GetAsync(string tenant, string culture, int take, Func<Task<IReadOnlyList<QueryCount>>> read)
    {
        var key = string.Join('|', tenant, culture, take);
        if (kept.TryGetValue(key, out var known) && time.GetUtcNow() - known.At < Freshness)
        {
            return known.Top;
        }

        var top = await read();
        if (top.Count > 0)
        {
            kept[key] = (time.GetUtcNow(), top);
        }

        return top;
    }
}
