namespace XinxingPortal.Abstractions.Changes;

/// <summary>
/// Figures computed from the current tenant's content (a list's facet counts, its distinct years), kept in memory until
/// the tenant's next committed change, here or on another node (the change feed), so they cost one query per change
/// instead of one per request. A value being computed while a change commits is never served after it.
/// </summary>
public interface IContentMemo
{
    /// <param name="key">Names the figure and everything it depends on (culture, filters).</param>
    Task<T> GetOrComputeAsync<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken ct) where T : notnull;
}
