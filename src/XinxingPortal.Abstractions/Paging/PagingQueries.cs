using Microsoft.EntityFrameworkCore;

namespace XinxingPortal.Abstractions.Paging;

public static class PagingQueries
{
    /// <summary>
    /// Counts, then reads one page of an ordered query: two queries, whatever the page. A page beyond the last
    /// shows the last one.
    /// </summary>
    public static Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest request, CancellationToken ct) =>
        ordered.ToPageAsync<T, T>(request, async (slice, c) => await slice.ToListAsync(c), ct);

    /// <summary>The same, for a page whose rows are read by the caller (a projection with joins, a batch of look-ups).</summary>
    public static async Task<Page<TRow>> ToPageAsync<T, TRow>(
        this IQueryable<T> ordered, PageRequest request, Func<IQueryable<T>, CancellationToken, Task<IReadOnlyList<TRow>>> read, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(read);
        var total = await ordered.CountAsync(ct);
        var within = request.Within(total);
        var items = total == 0 ? [] : await read(ordered.Skip(within.Skip).Take(within.Size), ct);
        return new Page<TRow>(items, within.Number, within.Size, total);
    }
}
