using System.Globalization;
using System.Text;

namespace XinxingPortal.Platform.Localization;

/// <summary>Reads gettext .po text into a <see cref="PoDocument"/>.</summary>
internal static class PoFileParser
{
    /// <exception cref="FormatException">The text is not a valid .po file; the message names the line.</exception>
    public static PoDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Reader(text).Read();
    }

    private sealed class Reader(string text)
    {
        private readonly List<PoEntry> entries = [];
        private PluralFormula? formula;
        private PoEntryBuilder entry = new();
        private int lineNumber;

        public PoDocument Read()
        {
            var field = PoField.None;
            var lines = text.TrimStart('\uFEFF').Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                lineNumber = i + 1;
                var line = lines[i].Trim();
                // Comments, translator notes, references, flags, previous msgids and obsolete (#~) entries carry no translation.
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                if (line[0] == '"')
                {
                    entry.Append(field == PoField.None ? throw Fail("a string continuation has no keyword before it") : field, ReadQuoted(line, 0));
                    continue;
                }

                var keywordEnd = line.IndexOfAny([' ', '\t', '"']);
                var keyword = keywordEnd < 0 ? line : line[..keywordEnd];
                field = Classify(keyword, out var pluralIndex);
                var value = ReadQuoted(line, keywordEnd < 0 ? line.Length : keywordEnd);

                // A msgctxt or msgid after a msgstr starts the next entry; gettext needs no blank line between them.
                if (field is PoField.Context or PoField.Id && entry.HasTranslation)
                {
                    Complete();
                    entry = new PoEntryBuilder();
                }

                try
                {
                    entry.Start(field, pluralIndex, value, lineNumber);
                }
                catch (FormatException ex)
                {
                    throw Fail(ex.Message);
                }
            }

            if (entry.StartLine > 0)
            {
                Complete();
            }

            return new PoDocument(entries, formula);
        }

        private PoField Classify(string keyword, out int pluralIndex)
        {
            pluralIndex = -1;
            switch (keyword)
            {
                case "msgctxt": return PoField.Context;
                case "msgid": return PoField.Id;
                case "msgid_plural": return PoField.IdPlural;
                case "msgstr": return PoField.Translation;
            }

            return keyword.StartsWith("msgstr[", StringComparison.Ordinal) && keyword.EndsWith(']')
                && int.TryParse(keyword.AsSpan(7, keyword.Length - 8), NumberStyles.None, CultureInfo.InvariantCulture, out pluralIndex)
                ? PoField.Translation
                : throw Fail($"unknown keyword '{keyword}'");
        }

        private void Complete()
        {
            var (id, idPlural) = (entry.Id, entry.IdPlural);
            if (id is null || !entry.HasTranslation)
            {
                throw Fail(id is null ? "the entry has no msgid" : $"msgid \"{id}\" has no msgstr", entry.StartLine);
            }

            if ((idPlural is not null) != entry.IsPluralTranslation)
            {
                throw Fail("msgid_plural and msgstr[N] must be used together", entry.StartLine);
            }

            var translations = entry.Translations;
            if (id.Length == 0 && entry.Context is null)
            {
                formula = ReadPluralForms(translations[0]) ?? formula;
            }
            else if (translations.Any(t => t.Length > 0))
            {
                entries.Add(new PoEntry(entry.Context, id, idPlural, translations));
            }
        }

        private PluralFormula? ReadPluralForms(string header)
        {
            const string Prefix = "Plural-Forms:";
            var line = header.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase));
            if (line is null)
            {
                return null;
            }

            int? count = null;
            string? expression = null;
            foreach (var part in line[Prefix.Length..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var equals = part.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = equals < 0 ? (part, "") : (part[..equals].Trim(), part[(equals + 1)..].Trim());
                if (name == "nplurals")
                {
                    count = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw Fail($"nplurals '{value}' is not a number", entry.TranslationLine);
                }
                else if (name == "plural")
                {
                    expression = value;
                }
            }

            try
            {
                return count is { } c && expression is not null
                    ? PluralFormula.Parse(c, expression)
                    : throw new FormatException("Plural-Forms needs both nplurals and plural");
            }
            catch (FormatException ex)
            {
                throw Fail(ex.Message.TrimEnd('.'), entry.TranslationLine);
            }
        }

        /// <summary>Reads a C-style quoted string at <paramref name="start"/> (after optional whitespace) to the end of the line.</summary>
        private string ReadQuoted(string line, int start)
        {
            var i = start;
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i >= line.Length || line[i] != '"')
            {
                throw Fail("expected a quoted string");
            }

            var builder = new StringBuilder();
            for (i++; i < line.Length; i++)
            {
                var c = line[i];
                if (c == '"')
                {
                    return line.AsSpan(i + 1).IsWhiteSpace() ? builder.ToString() : throw Fail("unexpected text after the closing quote");
                }

                if (c != '\\')
                {
                    builder.Append(c);
                }
                else if (++i < line.Length)
                {
                    builder.Append(line[i] switch
                    {
                        'n' => '\n', 't' => '\t', 'r' => '\r', '"' => '"', '\\' => '\\', '\'' => '\'', '?' => '?',
                        'a' => '\a', 'b' => '\b', 'f' => '\f', 'v' => '\v',
                        var other => throw Fail($"unknown escape sequence '\\{other}'"),
                    });
                }
            }

            throw Fail("the string has no closing quote");
        }

        private FormatException Fail(string message, int? line = null) =>
            new($"Invalid .po file at line {line ?? lineNumber}: {message}.");
    }
}
