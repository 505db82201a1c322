using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Home;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Platform.Caching;
using XinxingPortal.Platform.Features;
using XinxingPortal.Platform.Localization;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Home;

/// <summary>Why a sibling's block cannot be shown: an English msgid and its arguments.</summary>
internal sealed record SiblingProblem(string Message, params object[] Args);

/// <summary>
/// The host's view of the other tenants. A sibling's block is read by opening that tenant's own scope (its database,
/// features and settings) and asking its block source there; the asking tenant's code never touches the sibling's
/// data, and a sibling that is missing, disabled or not set up yields nothing.
/// </summary>
/// <remarks>
/// What a page needs of a sibling is kept, so a warm page request opens no other tenant's scope: the sibling's settings
/// and features in <see cref="TenantStateCache"/> under the sibling's name (dropped, on every node, when its settings or
/// features change), and its blocks in <see cref="ContentMemoStore"/> under the sibling's page epoch (moved by each
/// change to its content, settings or features, and by its change feed on other nodes) and the Beijing hour, since
/// "upcoming" moves with the clock. The sibling's state (running, disabled, gone) and address are read live from
/// <see cref="TenantSettingsStore"/>, which is in memory.
/// </remarks>
internal sealed class SiblingSites(
    TenantSettingsStore store, TenantScopeFactory scopes, PortalOrigins origins, TenantContext current, TenantSetup setup, AutoSetup autoSetup,
    TenantStateCache state, PageGenerations generations, ContentMemoStore memo, SiblingReads reads, IEnumerable<IHomeBlockSource> sources, TimeProvider time)
    : ISiblingSites
{
    private const string SettingsKey = "home:sibling-settings";
    private const string FeaturesKey = "home:sibling-features";

    public async Task<string?> HomeUrlAsync(string tenant, string culture, CancellationToken ct = default)
    {
        Follow(tenant);
        if (store.Find(tenant) is { State: TenantState.Uninitialized } fresh && fresh.Name != current.Name)
        {
            // Set up by its own first request; until then its home in its default language.
            return Link(fresh, PortalCultures.Chinese, "/");
        }

        if (Running(tenant) is not { } sibling)
        {
            return null;
        }

        var cultures = (await SettingsAsync(sibling, ct)).Cultures;
        return Link(sibling, cultures.Contains(culture) ? culture : cultures.FirstOrDefault() ?? PortalCultures.Chinese, "/");
    }

    /// <summary>For the layout's checks: null when the block may name this sibling (one not set up yet is checked when drawn).</summary>
    public async Task<SiblingProblem?> ProblemAsync(string tenant, string? featureId, CancellationToken ct)
    {
        Follow(tenant);
        var sibling = store.Find(tenant);
        if (sibling is null || sibling.Name == current.Name)
        {
            return new("There is no other site named '{0}'.", tenant);
        }

        if (sibling.State == TenantState.Disabled)
        {
            return new("The site '{0}' is disabled.", tenant);
        }

        if (sibling.State != TenantState.Running || featureId is null)
        {
            return null;
        }

        return (await FeaturesAsync(sibling, ct)).Contains(featureId)
            ? null
            : new("The site '{0}' has not enabled the feature '{1}'.", tenant, featureId);
    }

    /// <summary>
    /// The sibling's block with its links pointing at the sibling (images are left out: they live on its media library).
    /// </summary>
    public async Task<(HomeBlockContent? Content, SiblingProblem? Problem)> LoadAsync(string tenant, string blockType, HomeBlockQuery query, CancellationToken ct)
    {
        Follow(tenant);
        var known = store.Find(tenant);
        if (known is null || known.Name == current.Name)
        {
            return (null, new("There is no other site named '{0}'.", tenant));
        }

        if (known.State == TenantState.Uninitialized)
        {
            await SetUpAsync(known.Name, ct);
        }

        if (Running(tenant) is not { } sibling)
        {
            return (null, new("The site '{0}' is disabled or not set up.", tenant));
        }

        // Every module's sources are registered on every tenant (a feature only switches them on), so the host's own
        // list says which feature the sibling needs for this block without opening its scope.
        var featureId = sources.FirstOrDefault(s => s.BlockType == blockType)?.FeatureId;
        if (featureId is null || !(await FeaturesAsync(sibling, ct)).Contains(featureId))
        {
            return (null, new("The site '{0}' has not enabled the feature '{1}'.", tenant, featureId ?? blockType));
        }

        var settings = await SettingsAsync(sibling, ct);
        if (!settings.Cultures.Contains(query.Culture))
        {
            return (null, new("The site '{0}' is not published in this language.", tenant));
        }

        var content = await BlockAsync(sibling, blockType, query, ct);
        if (content is null)
        {
            return (null, null);
        }

        // Named after the sibling in the reader's language, so a renamed microsite is called by its new name.
        return (content with
        {
            Title = settings.NameIn(query.Culture) + " · " + content.Title,
            MoreUrl = Link(sibling, query.Culture, content.MoreUrl),
            Cards = [.. content.Cards.Select(c => c with { Url = Link(sibling, query.Culture, c.Url), Image = null })],
            SearchBox = content.SearchBox is { } box ? box with { Action = Link(sibling, query.Culture, box.Action) } : null,
        }, null);
    }

    /// <summary>The sibling's block as its own source gives it, kept until the sibling's next change or the next hour.</summary>
    private async Task<HomeBlockContent?> BlockAsync(TenantSettings sibling, string blockType, HomeBlockQuery query, CancellationToken ct)
    {
        var key = string.Join('|', "home-sibling", blockType, query.Culture, query.Count.ToString(CultureInfo.InvariantCulture), query.Filter ?? "");
        var hour = Hour();
        if (generations.Epoch(sibling.Name) is { } known && memo.For(sibling.Name, known).TryGetValue(key, out var kept) && kept is KeptBlock k && k.Hour == hour)
        {
            return k.Content;
        }

        await using var scope = await OpenAsync(sibling);
        var services = scope.ServiceProvider;
        // The epoch is learnt before reading, so content read before a change that commits meanwhile is kept under the old one.
        var epoch = await generations.EnsureKnownAsync(sibling.Name,
            () => Caching.CachedPages.LastChangeAsync(services.GetRequiredService<Data.PortalDbContext>(), ct));
        var source = services.GetServices<IHomeBlockSource>().First(s => s.BlockType == blockType);
        var content = await source.LoadAsync(query, ct);
        var values = memo.For(sibling.Name, epoch);
        if (values.Count < ContentMemoStore.MaxPerTenant)
        {
            values[key] = new KeptBlock(hour, content);
        }

        return content;
    }

    private Task<SiteSettings> SettingsAsync(TenantSettings sibling, CancellationToken ct) =>
        state.GetOrLoadAsync(sibling.Name, SettingsKey, async () =>
        {
            await using var scope = await OpenAsync(sibling);
            return await scope.ServiceProvider.GetRequiredService<ISiteSettingsStore>().GetAsync(ct);
        });

    private Task<IReadOnlySet<string>> FeaturesAsync(TenantSettings sibling, CancellationToken ct) =>
        state.GetOrLoadAsync<IReadOnlySet<string>>(sibling.Name, FeaturesKey, async () =>
        {
            await using var scope = await OpenAsync(sibling);
            return await scope.ServiceProvider.GetRequiredService<FeatureService>().GetEnabledAsync(ct);
        });

    private Task<AsyncServiceScope> OpenAsync(TenantSettings sibling)
    {
        reads.Opened();
        return scopes.CreateAsync(sibling);
    }

    private long Hour() => time.GetUtcNow().ToUnixTimeSeconds() / 3600;

    /// <summary>
    /// A fresh install's microsite is set up by the first page that needs it, as its own first request would: outside
    /// this request's context, so nothing of the asking tenant's request (culture, user) leaks into the sibling's recipe.
    /// </summary>
    private async Task SetUpAsync(string tenant, CancellationToken ct)
    {
        Task<bool> run;
        using (ExecutionContext.SuppressFlow())
        {
            run = Task.Run(() => setup.TrySetupAsync(tenant, () => autoSetup.AdminFor(tenant), CancellationToken.None), CancellationToken.None);
        }

        await run.WaitAsync(ct);
    }

    /// <summary>This page shows something of <paramref name="tenant"/>: its changes (or its going) retire this tenant's cached pages.</summary>
    private void Follow(string tenant) => generations.Follow(current.Name, store.Find(tenant)?.Name ?? tenant);

    private TenantSettings? Running(string tenant) =>
        store.Find(tenant) is { State: TenantState.Running } sibling && sibling.Name != current.Name ? sibling : null;

    /// <summary>Root-relative when the sibling shares this site's origin, so nothing leaves the host; absolute otherwise.</summary>
    private string Link(TenantSettings sibling, string culture, string path)
    {
        var local = (sibling.RequestUrlPrefix.Length > 0 ? "/" + sibling.RequestUrlPrefix : "")
            + (culture == PortalCultures.Chinese ? "" : "/" + culture)
            + (path.StartsWith('/') ? path : "/" + path);
        var origin = origins.For(sibling);
        return current.IsBound && origin == origins.For(current.Settings) ? local : origin + local;
    }
}

/// <summary>A sibling's block and the hour it was read in; null content is kept too (nothing to show is an answer).</summary>
internal sealed record KeptBlock(long Hour, HomeBlockContent? Content);

/// <summary>How many times pages opened another tenant's scope: zero on a warm page is the point of the caches above.</summary>
internal sealed class SiblingReads
{
    private long opened;

    public long Count => Interlocked.Read(ref opened);

    public void Opened() => Interlocked.Increment(ref opened);
}
