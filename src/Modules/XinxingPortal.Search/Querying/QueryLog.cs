using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Search.Data;

namespace XinxingPortal.Search.Querying;

/// <summary>A query and how often it was asked.</summary>
internal sealed record QueryCount(string Query, int Count, int Results);

/// <summary>Writes searches without anything about the searcher, and reads the last 30 days back as hot and zero-result queries.</summary>
internal sealed class QueryLog(IPortalDb db, TimeProvider time)
{
    public const int Days = 30;

    /// <summary>Stages the search; the action commits it.</summary>
    public void Record(string query, string culture, int results)
    {
        var text = query.Trim().ToLowerInvariant();
        if (text.Length is 0 or > 100)
        {
            return;
        }

        db.Set<LoggedQuery>().Add(new LoggedQuery { Query = text, Culture = culture, Results = results, AtUtc = time.GetUtcNow().UtcDateTime });
    }

    /// <summary>The most asked queries of the last 30 days; <paramref name="zeroResults"/> picks those that found nothing (last time asked).</summary>
    public async Task<IReadOnlyList<QueryCount>> TopAsync(string? culture, bool zeroResults, int take, CancellationToken ct)
    {
        var since = time.GetUtcNow().UtcDateTime.AddDays(-Days);
        var rows = db.Set<LoggedQuery>().AsNoTracking().Where(q => q.AtUtc >= since);
        if (culture is not null)
        {
            rows = rows.Where(q => q.Culture == culture);
        }

        rows = zeroResults ? rows.Where(q => q.Results == 0) : rows.Where(q => q.Results > 0);
        var grouped = await rows.GroupBy(q => q.Query)
            .Select(g => new { Query = g.Key, Count = g.Count(), Results = g.Max(q => q.Results) })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Query).Take(take).ToListAsync(ct);
        return [.. grouped.Select(g => new QueryCount(g.Query, g.Count, g.Results))];
    }
}
