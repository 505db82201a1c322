using System.Text;

namespace XinxingPortal.Platform.Localization;

/// <summary>The keyword a .po line (and its "" continuation lines) belongs to.</summary>
internal enum PoField { None, Context, Id, IdPlural, Translation }

/// <summary>Collects the keywords of one .po entry while <see cref="PoFileParser"/> reads it, and checks their order.</summary>
internal sealed class PoEntryBuilder
{
    private readonly List<StringBuilder> translations = [];
    private StringBuilder? context;
    private StringBuilder? id;
    private StringBuilder? idPlural;

    /// <summary>Line of the entry's first keyword; 0 while the entry is empty.</summary>
    public int StartLine { get; private set; }

    /// <summary>Line of the entry's first msgstr; 0 until there is one.</summary>
    public int TranslationLine { get; private set; }

    public bool HasTranslation => translations.Count > 0;

    /// <summary>True when the translations came as msgstr[N] rather than a plain msgstr.</summary>
    public bool IsPluralTranslation { get; private set; }

    public string? Context => context?.ToString();

    public string? Id => id?.ToString();

    public string? IdPlural => idPlural?.ToString();

    public string[] Translations => [.. translations.Select(t => t.ToString())];

    /// <exception cref="FormatException">The keyword is not allowed at this point of the entry.</exception>
    public void Start(PoField field, int pluralIndex, string value, int line)
    {
        switch (field)
        {
            case PoField.Context when context is not null || id is not null:
                throw new FormatException("msgctxt must come once, before msgid");
            case PoField.Context:
                context = new StringBuilder(value);
                break;
            case PoField.Id when id is not null:
                throw new FormatException("msgid appears twice in one entry");
            case PoField.Id:
                id = new StringBuilder(value);
                break;
            case PoField.IdPlural when id is null || idPlural is not null || HasTranslation:
                throw new FormatException("msgid_plural must come once, after msgid and before msgstr");
            case PoField.IdPlural:
                idPlural = new StringBuilder(value);
                break;
            case PoField.Translation:
                AddTranslation(pluralIndex, value, line);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }

        StartLine = StartLine == 0 ? line : StartLine;
    }

    /// <summary>Appends a "" continuation line to the keyword read last.</summary>
    public void Append(PoField field, string value)
    {
        var target = field switch
        {
            PoField.Context => context,
            PoField.Id => id,
            PoField.IdPlural => idPlural,
            PoField.Translation => translations[^1],
            _ => null,
        };
        target?.Append(value);
    }

    private void AddTranslation(int pluralIndex, string value, int line)
    {
        if (id is null)
        {
            throw new FormatException("msgstr must follow a msgid");
        }

        var isPlural = pluralIndex >= 0;
        if (HasTranslation && (!isPlural || !IsPluralTranslation))
        {
            throw new FormatException("an entry has either one msgstr or a series of msgstr[N]");
        }

        if (isPlural && pluralIndex != translations.Count)
        {
            throw new FormatException($"expected msgstr[{translations.Count}], found msgstr[{pluralIndex}]");
        }

        IsPluralTranslation = isPlural;
        TranslationLine = TranslationLine == 0 ? line : TranslationLine;
        translations.Add(new StringBuilder(value));
    }
}
