using System.Globalization;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Localization;

namespace XinxingPortal.Platform.Localization;

/// <summary>
/// Looks strings up in the current tenant's .po catalogs for <see cref="CultureInfo.CurrentUICulture"/>.
/// For each culture from the current one up its parents (invariant excluded) it tries msgctxt = context,
/// then no msgctxt; when nothing matches, the key itself is returned with ResourceNotFound set.
/// </summary>
internal sealed class PoStringLocalizer(PoTranslationStore store, Func<string> tenantName, string context)
    : IStringLocalizer, IPluralStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var value = Find((catalog, ctx) => catalog.Lookup(ctx, name));
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null, searchedLocation: context);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = this[name];
            var value = string.Format(CultureInfo.CurrentCulture, template.Value, arguments ?? []);
            return new LocalizedString(name, value, template.ResourceNotFound, context);
        }
    }

    /// <summary>Chooses the plural form for <paramref name="count"/>, which is format argument {0}.</summary>
    public LocalizedString GetPlural(int count, string singular, string plural, object[] args)
    {
        ArgumentNullException.ThrowIfNull(singular);
        ArgumentNullException.ThrowIfNull(plural);
        var value = Find((catalog, ctx) => catalog.LookupPlural(ctx, singular, count));
        // Untranslated text is in the source language, English, whose rule is "one" versus "other".
        var template = value ?? (count == 1 ? singular : plural);
        var formatted = string.Format(CultureInfo.CurrentCulture, template, [count, .. args ?? []]);
        return new LocalizedString(singular, formatted, resourceNotFound: value is null, searchedLocation: context);
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<LocalizedString>();
        foreach (var catalog in Catalogs())
        {
            // Within one culture the context-specific entry wins, so it is taken first.
            var candidates = catalog.Entries
                .Where(e => e.Context is null || string.Equals(e.Context, context, StringComparison.Ordinal))
                .OrderBy(e => e.Context is null ? 1 : 0);
            foreach (var entry in candidates)
            {
                if (entry.Translations[0].Length > 0 && seen.Add(entry.Id))
                {
                    result.Add(new LocalizedString(entry.Id, entry.Translations[0], resourceNotFound: false, searchedLocation: context));
                }
            }

            if (!includeParentCultures)
            {
                break;
            }
        }

        return result;
    }

    private string? Find(Func<PoCatalog, string?, string?> lookup)
    {
        foreach (var catalog in Catalogs())
        {
            var value = lookup(catalog, context) ?? lookup(catalog, null);
            if (value is not null)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The catalogs of the current UI culture and its parents, closest first, skipping cultures without one.</summary>
    private IEnumerable<PoCatalog> Catalogs()
    {
        var tenant = tenantName();
        for (var culture = CultureInfo.CurrentUICulture; culture.Name.Length > 0; culture = culture.Parent)
        {
            if (store.Get(tenant, culture.Name) is { } catalog)
            {
                yield return catalog;
            }
        }
    }
}
