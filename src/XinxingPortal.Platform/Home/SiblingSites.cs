using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Home;
using XinxingPortal.Abstractions.Settings;
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
internal sealed class SiblingSites(
    TenantSettingsStore store, TenantScopeFactory scopes, PortalOrigins origins, TenantContext current, TenantSetup setup, AutoSetup autoSetup)
    : ISiblingSites
{
    public async Task<string?> HomeUrlAsync(string tenant, string culture, CancellationToken ct = default)
    {
        if (store.Find(tenant) is { State: TenantState.Uninitialized } fresh && fresh.Name != current.Name)
        {
            // Set up by its own first request; until then its home in its default language.
            return Link(fresh, PortalCultures.Chinese, "/");
        }

        if (Running(tenant) is not { } sibling)
        {
            return null;
        }

        await using var scope = await scopes.CreateAsync(sibling);
        var cultures = (await scope.ServiceProvider.GetRequiredService<ISiteSettingsStore>().GetAsync(ct)).Cultures;
        return Link(sibling, cultures.Contains(culture) ? culture : cultures.FirstOrDefault() ?? PortalCultures.Chinese, "/");
    }

    /// <summary>For the layout's checks: null when the block may name this sibling (one not set up yet is checked when drawn).</summary>
    public async Task<SiblingProblem?> ProblemAsync(string tenant, string? featureId, CancellationToken ct)
    {
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

        await using var scope = await scopes.CreateAsync(sibling);
        return scope.ServiceProvider.GetRequiredService<TenantContext>().IsFeatureEnabled(featureId)
            ? null
            : new("The site '{0}' has not enabled the feature '{1}'.", tenant, featureId);
    }

    /// <summary>
    /// The sibling's block with its links pointing at the sibling (images are left out: they live on its media library).
    /// </summary>
    public async Task<(HomeBlockContent? Content, SiblingProblem? Problem)> LoadAsync(string tenant, string blockType, HomeBlockQuery query, CancellationToken ct)
    {
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

        await using var scope = await scopes.CreateAsync(sibling);
        var services = scope.ServiceProvider;
        var context = services.GetRequiredService<TenantContext>();
        var source = services.GetServices<IHomeBlockSource>().FirstOrDefault(s => s.BlockType == blockType);
        if (source is null || !context.IsFeatureEnabled(source.FeatureId))
        {
            return (null, new("The site '{0}' has not enabled the feature '{1}'.", tenant, source?.FeatureId ?? blockType));
        }

        var cultures = (await services.GetRequiredService<ISiteSettingsStore>().GetAsync(ct)).Cultures;
        if (!cultures.Contains(query.Culture))
        {
            return (null, new("The site '{0}' is not published in this language.", tenant));
        }

        var content = await source.LoadAsync(query, ct);
        if (content is null)
        {
            return (null, null);
        }

        return (content with
        {
            MoreUrl = Link(sibling, query.Culture, content.MoreUrl),
            Cards = [.. content.Cards.Select(c => c with { Url = Link(sibling, query.Culture, c.Url), Image = null })],
        }, null);
    }

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
