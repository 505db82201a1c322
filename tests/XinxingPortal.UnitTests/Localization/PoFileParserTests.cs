using XinxingPortal.Platform.Localization;
using Xunit;

namespace XinxingPortal.UnitTests.Localization;

public sealed class PoFileParserTests
{
    [Fact]
    public void Simple_entry_is_read()
    {
        var entry = Assert.Single(PoFileParser.Parse("msgid \"Hello\"\nmsgstr \"你好\"\n").Entries);

        Assert.Null(entry.Context);
        Assert.Equal("Hello", entry.Id);
        Assert.Null(entry.IdPlural);
        Assert.Equal(["你好"], entry.Translations);
    }

    [Fact]
    public void Continuation_lines_are_concatenated()
    {
        const string Po = """
            msgid ""
            "Hello, "
            "world"
            msgstr ""
            "Bonjour, "
            "le monde"
            """;

        var entry = Assert.Single(PoFileParser.Parse(Po).Entries);

        Assert.Equal("Hello, world", entry.Id);
        Assert.Equal("Bonjour, le monde", entry.Translations[0]);
    }

    [Fact]
    public void C_escapes_are_decoded()
    {
        const string Po = """
            msgid "a\nb\t\"c\" \\d"
            msgstr "x\\y"
            """;

        var entry = Assert.Single(PoFileParser.Parse(Po).Entries);

        Assert.Equal("a\nb\t\"c\" \\d", entry.Id);
        Assert.Equal("x\\y", entry.Translations[0]);
    }

    [Fact]
    public void Context_is_kept_apart_from_the_msgid()
    {
        const string Po = """
            msgctxt "Menu"
            msgid "Open"
            msgstr "打开"

            msgid "Open"
            msgstr "开放"
            """;

        var entries = PoFileParser.Parse(Po).Entries;

        Assert.Equal(2, entries.Count);
        Assert.Equal(("Menu", "Open", "打开"), (entries[0].Context, entries[0].Id, entries[0].Translations[0]));
        Assert.Equal(((string?)null, "Open", "开放"), (entries[1].Context, entries[1].Id, entries[1].Translations[0]));
    }

    [Fact]
    public void Plural_entry_keeps_every_form_in_order()
    {
        const string Po = """
            msgid "{0} file"
            msgid_plural "{0} files"
            msgstr[0] "{0} файл"
            msgstr[1] "{0} файла"
            msgstr[2] "{0} файлов"
            """;

        var entry = Assert.Single(PoFileParser.Parse(Po).Entries);

        Assert.True(entry.IsPlural);
        Assert.Equal("{0} files", entry.IdPlural);
        Assert.Equal(["{0} файл", "{0} файла", "{0} файлов"], entry.Translations);
    }

    [Fact]
    public void Header_plural_forms_are_read_and_header_is_not_an_entry()
    {
        const string Po = """
            msgid ""
            msgstr ""
            "Content-Type: text/plain; charset=UTF-8\n"
            "Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

            msgid "Yes"
            msgstr "Да"
            """;

        var document = PoFileParser.Parse(Po);

        Assert.Equal("Yes", Assert.Single(document.Entries).Id);
        Assert.NotNull(document.PluralFormula);
        Assert.Equal(3, document.PluralFormula.Count);
        Assert.Equal(1, document.PluralFormula.Evaluate(22));
        Assert.Equal(2, document.PluralFormula.Evaluate(11));
    }

    [Fact]
    public void File_without_plural_header_declares_no_formula() =>
        Assert.Null(PoFileParser.Parse("msgid \"a\"\nmsgstr \"b\"").PluralFormula);

    [Fact]
    public void Comments_are_ignored()
    {
        const string Po = """
            # translator comment
            #. extracted comment
            #: Views/Home/Index.cshtml:12
            #, fuzzy, csharp-format
            #| msgid "Old"
            msgid "New"
            msgstr "Neu"
            """;

        Assert.Equal("Neu", Assert.Single(PoFileParser.Parse(Po).Entries).Translations[0]);
    }

    [Fact]
    public void Obsolete_entries_are_ignored()
    {
        const string Po = """
            msgid "Kept"
            msgstr "Behalten"

            #~ msgid "Gone"
            #~ msgstr "Weg"
            """;

        Assert.Equal("Kept", Assert.Single(PoFileParser.Parse(Po).Entries).Id);
    }

    [Fact]
    public void Entries_with_empty_msgstr_are_skipped_as_untranslated()
    {
        const string Po = """
            msgid "Untranslated"
            msgstr ""

            msgid "One"
            msgid_plural "Many"
            msgstr[0] ""
            msgstr[1] ""

            msgid "Done"
            msgstr "Fertig"
            """;

        Assert.Equal("Done", Assert.Single(PoFileParser.Parse(Po).Entries).Id);
    }

    [Fact]
    public void Entries_need_no_blank_line_between_them_and_crlf_and_bom_are_accepted()
    {
        var document = PoFileParser.Parse("\uFEFFmsgid \"a\"\r\nmsgstr \"1\"\r\nmsgid \"b\"\r\nmsgstr \"2\"\r\n");

        Assert.Equal([("a", "1"), ("b", "2")], document.Entries.Select(e => (e.Id, e.Translations[0])));
    }

    [Theory]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\nmsgfoo \"c\"", 3, "unknown keyword")]
    [InlineData("msgid \"a\"\nmsgstr \"b", 2, "no closing quote")]
    [InlineData("msgid \"a\"\nmsgstr \"b\" junk", 2, "after the closing quote")]
    [InlineData("msgid \"a\\q\"\nmsgstr \"b\"", 1, "escape")]
    [InlineData("\"orphan\"\nmsgid \"a\"\nmsgstr \"b\"", 1, "continuation")]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\n\nmsgstr \"c\"", 4, "either one msgstr")]
    [InlineData("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[1] \"x\"", 3, "expected msgstr[0]")]
    [InlineData("msgid \"a\"\nmsgid \"b\"\nmsgstr \"c\"", 2, "twice")]
    [InlineData("msgstr \"x\"", 1, "must follow a msgid")]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\n\n\nmsgid \"c\"\n", 5, "has no msgstr")]
    [InlineData("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr \"x\"", 1, "used together")]
    [InlineData("msgid \"a\"\nmsgstr[0] \"x\"", 1, "used together")]
    [InlineData("msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=n +;\\n\"", 2, "plural expression")]
    [InlineData("msgid \"\"\nmsgstr \"Plural-Forms: nplurals=two; plural=n != 1;\\n\"", 2, "nplurals")]
    [InlineData("msgid", 1, "quoted string")]
    public void Malformed_input_throws_format_exception_naming_the_line(string po, int line, string reason)
    {
        var exception = Assert.Throws<FormatException>(() => PoFileParser.Parse(po));

        Assert.Contains($"line {line}:", exception.Message, StringComparison.Ordinal);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }
}
