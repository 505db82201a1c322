namespace XinxingPortal.Platform.Localization;

/// <summary>One translated message from a .po file.</summary>
/// <param name="Context">The msgctxt, or null when the entry has none (distinct from an empty msgctxt).</param>
/// <param name="Id">The msgid (for plural entries, the singular source text).</param>
/// <param name="IdPlural">The msgid_plural, or null for a non-plural entry.</param>
/// <param name="Translations">msgstr for a non-plural entry (one item), or msgstr[0..N] for a plural one.</param>
internal sealed record PoEntry(string? Context, string Id, string? IdPlural, IReadOnlyList<string> Translations)
{
    public bool IsPlural => IdPlural is not null;
}

/// <summary>The translated entries of one .po file and its header's plural rule, if it declared one.</summary>
internal sealed record PoDocument(IReadOnlyList<PoEntry> Entries, PluralFormula? PluralFormula);
