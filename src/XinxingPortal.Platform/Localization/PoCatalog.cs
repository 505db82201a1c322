namespace XinxingPortal.Platform.Localization;

/// <summary>
/// The merged translations of one culture. Filled by <see cref="Merge"/> while it is built, then only read,
/// which is what lets <see cref="PoTranslationStore"/> share one instance between threads.
/// </summary>
internal sealed class PoCatalog(string cultureName)
{
    private readonly Dictionary<PoKey, PoEntry> entries = [];

    public string CultureName { get; } = cultureName;

    /// <summary>The plural rule of the last merged file that declared one, else gettext's default (n != 1).</summary>
    public PluralFormula PluralFormula { get; private set; } = PluralFormula.Default;

    public int Count => entries.Count;

    public IEnumerable<PoEntry> Entries => entries.Values;

    /// <summary>Adds a file's entries; an entry with the same context and msgid as an earlier one replaces it.</summary>
    public void Merge(PoDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var entry in document.Entries)
        {
            entries[new PoKey(entry.Context, entry.Id)] = entry;
        }

        PluralFormula = document.PluralFormula ?? PluralFormula;
    }

    /// <summary>Returns the translation of <paramref name="id"/> (msgstr[0] for a plural entry), or null.</summary>
    /// <param name="context">The msgctxt to match; null matches only entries without one.</param>
    public string? Lookup(string? context, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return entries.TryGetValue(new PoKey(context, id), out var entry) ? NullIfEmpty(entry.Translations[0]) : null;
    }

    /// <summary>
    /// Returns the plural form that this culture's rule picks for <paramref name="count"/>, or null when
    /// <paramref name="id"/> (the singular msgid) has no plural entry or that form is untranslated.
    /// </summary>
    public string? LookupPlural(string? context, string id, long count)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!entries.TryGetValue(new PoKey(context, id), out var entry) || !entry.IsPlural)
        {
            return null;
        }

        var index = PluralFormula.Evaluate(count);
        return index < entry.Translations.Count ? NullIfEmpty(entry.Translations[index]) : null;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private readonly record struct PoKey(string? Context, string Id);
}
