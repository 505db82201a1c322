using System.Globalization;
using Microsoft.Extensions.Logging;
using XinxingPortal.Abstractions.Changes;
using XinxingPortal.Abstractions.Search;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Abstractions.Storage;
using XinxingPortal.Abstractions.Tenants;

namespace XinxingPortal.Search.Engine;

/// <summary>
/// Keeps the current tenant's indexes in step with its sources: applies one change, or rebuilds a culture's index
/// from every enabled source when it is missing, unfinished or asked for.
/// </summary>
internal sealed class SearchIndexer(
    SearchIndexes indexes, ITenantStorage storage, ITenantContext tenant, ISiteSettingsStore settings,
    IEnumerable<ISearchSource> sources, TimeProvider time, ILogger<SearchIndexer> logger) : ISearchIndexAdmin
{
    public const string Area = "search";

    public SearchIndex Index(string culture) => indexes.Get(storage.NodeFolderFor(Area), culture);

    /// <summary>The culture's index, rebuilt first when it has never been built on this node (or its folder went away).</summary>
    public async Task<SearchIndex> ReadyAsync(string culture, CancellationToken ct)
    {
        var index = Index(culture);
        if (!index.IsBuilt)
        {
            await RebuildAsync(index, force: false, ct);
        }

        return index;
    }

    /// <summary>How far apart two nodes' clocks may be when deciding that a rebuild already holds a change.</summary>
    private static readonly TimeSpan ClockSlack = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Before the feed hands over its entries after <paramref name="position"/>: builds every culture's index that is
    /// not built yet, noting the feed's newest entry before reading the sources, and answers the entry up to which all
    /// of them hold everything, so the dispatcher skips the older entries in one step (null: replay from the position).
    /// </summary>
    public async Task<long?> CaughtUpThroughAsync(Func<Task<long>> lastChange, CancellationToken ct)
    {
        await CultureAnalyzers.WarmUpAsync();
        long? through = null;
        foreach (var culture in (await settings.GetAsync(ct)).Cultures)
        {
            var index = Index(culture);
            if (!index.IsBuilt)
            {
                var last = await lastChange();
                await RebuildAsync(index, force: false, ct, through: last);
            }

            if (index.Through == 0)
            {
                return null; // built elsewhere (a search request, the admin) without knowing the feed's position
            }

            through = Math.Min(through ?? long.MaxValue, index.Through);
        }

        return through;
    }

    public async Task ApplyAsync(FeedEntry entry, CancellationToken ct)
    {
        var (change, atUtc) = (entry.Change, entry.AtUtc);
        var index = await ReadyAsync(change.Culture, ct);
        if (atUtc < index.BuiltAtUtc - ClockSlack)
        {
            return; // committed before the rebuild read the sources: already in (a rebuilt node catches up at once)
        }

        var source = sources.FirstOrDefault(s => s.ContentTypes.Contains(change.ContentType));
        if (source is null)
        {
            return; // not something search shows
        }

        var document = tenant.IsFeatureEnabled(source.FeatureId)
            ? await InCultureAsync(change.Culture, () => source.GetAsync(change.ContentType, change.ItemId, change.Culture, ct))
            : null;
        await index.Gate.WaitAsync(ct);
        try
        {
            if (document is null)
            {
                index.Remove(SearchDocument.KeyOf(change.ContentType, change.ItemId));
            }
            else
            {
                index.Put(document);
            }

            // Entries arrive in order, so this index (and every other culture's, which the entry does not concern) now
            // holds everything up to it.
            index.Commit(through: entry.Id);
        }
        finally
        {
            index.Gate.Release();
        }
    }

    /// <summary>Rebuilds every culture of the site from scratch (the <c>search rebuild</c> command and the admin's button).</summary>
    public async Task<int> RebuildAsync(CancellationToken ct)
    {
        var total = 0;
        foreach (var culture in (await settings.GetAsync(ct)).Cultures)
        {
            total += await RebuildAsync(Index(culture), force: true, ct);
        }

        return total;
    }

    private async Task<int> RebuildAsync(SearchIndex index, bool force, CancellationToken ct, long? through = null)
    {
        await index.Gate.WaitAsync(ct);
        try
        {
            if (index.IsBuilt && !force)
            {
                return 0; // someone else finished it while this one waited
            }

            index.Clear();
            var startedUtc = time.GetUtcNow().UtcDateTime;
            var count = 0;
            foreach (var source in sources.Where(s => tenant.IsFeatureEnabled(s.FeatureId)))
            {
                await InCultureAsync(index.Culture, async () =>
                {
                    await foreach (var document in source.AllAsync(index.Culture, ct))
                    {
                        index.Put(document);
                        count++;
                    }

                    return 0;
                });
            }

            index.Commit(builtAtUtc: startedUtc, through);
            logger.LogInformation("Search index {Tenant}/{Culture} rebuilt with {Count} documents", tenant.Name, index.Culture, count);
            return count;
        }
        finally
        {
            index.Gate.Release();
        }
    }

    /// <summary>Sources write their labels in the item's language, so they run under its culture.</summary>
    private static async Task<T> InCultureAsync<T>(string culture, Func<Task<T>> work)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            var target = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentCulture = target;
            CultureInfo.CurrentUICulture = target;
            return await work();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
