using System.Collections.Concurrent;
using Microsoft.Extensions.Localization;

namespace XinxingPortal.Platform.Localization;

/// <summary>
/// Creates <see cref="PoStringLocalizer"/>s whose msgctxt is the resource type's full name or, for
/// <c>Create(baseName, location)</c> (which IViewLocalizer uses), the base name.
/// </summary>
internal sealed class PoStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly PoTranslationStore store;
    private readonly Func<string> tenantName;
    private readonly ConcurrentDictionary<string, PoStringLocalizer> localizers = new(StringComparer.Ordinal);

    public PoStringLocalizerFactory(PoTranslationStore store, ITenantNameSource tenant)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(tenant);
        this.store = store;
        // Read on every lookup rather than once, because the factory outlives any single request's tenant.
        tenantName = () => tenant.CurrentTenantName;
    }

    public IStringLocalizer Create(Type resourceSource)
    {
        ArgumentNullException.ThrowIfNull(resourceSource);
        return GetOrCreate(resourceSource.FullName ?? resourceSource.Name);
    }

    public IStringLocalizer Create(string baseName, string location)
    {
        ArgumentNullException.ThrowIfNull(baseName);
        return GetOrCreate(baseName);
    }

    private PoStringLocalizer GetOrCreate(string context) =>
        localizers.GetOrAdd(context, c => new PoStringLocalizer(store, tenantName, c));
}
