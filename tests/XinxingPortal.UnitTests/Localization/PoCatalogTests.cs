using XinxingPortal.Platform.Localization;
using Xunit;

namespace XinxingPortal.UnitTests.Localization;

public sealed class PoCatalogTests
{
    private const string RussianFiles = """
        msgid ""
        msgstr "Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

        msgid "{0} file"
        msgid_plural "{0} files"
        msgstr[0] "{0} файл"
        msgstr[1] "{0} файла"
        msgstr[2] "{0} файлов"

        msgid "File"
        msgstr "Файл"
        """;

    [Fact]
    public void Later_merged_entry_with_same_key_replaces_earlier_one()
    {
        var catalog = new PoCatalog("de");
        catalog.Merge(PoFileParser.Parse("msgid \"A\"\nmsgstr \"1\"\nmsgctxt \"X\"\nmsgid \"A\"\nmsgstr \"X1\""));
        catalog.Merge(PoFileParser.Parse("msgid \"A\"\nmsgstr \"2\""));

        Assert.Equal("2", catalog.Lookup(null, "A"));
        Assert.Equal("X1", catalog.Lookup("X", "A"));
        Assert.Null(catalog.Lookup("Y", "A"));
        Assert.Equal(2, catalog.Count);
    }

    [Theory]
    [InlineData(1, "{0} файл")]
    [InlineData(3, "{0} файла")]
    [InlineData(5, "{0} файлов")]
    [InlineData(21, "{0} файл")]
    public void Plural_lookup_uses_the_catalogs_rule(long count, string expected)
    {
        var catalog = new PoCatalog("ru");
        catalog.Merge(PoFileParser.Parse(RussianFiles));

        Assert.Equal(expected, catalog.LookupPlural(null, "{0} file", count));
    }

    [Fact]
    public void Plural_lookup_ignores_entries_without_plural_forms()
    {
        var catalog = new PoCatalog("ru");
        catalog.Merge(PoFileParser.Parse(RussianFiles));

        Assert.Null(catalog.LookupPlural(null, "File", 5));
        Assert.Equal("{0} файл", catalog.Lookup(null, "{0} file"));
    }

    [Fact]
    public void Catalog_without_header_uses_english_rule_and_a_later_header_replaces_it()
    {
        var catalog = new PoCatalog("xx");
        catalog.Merge(PoFileParser.Parse("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"one\"\nmsgstr[1] \"other\""));
        Assert.Equal("other", catalog.LookupPlural(null, "a", 0));

        catalog.Merge(PoFileParser.Parse("msgid \"\"\nmsgstr \"Plural-Forms: nplurals=1; plural=0;\\n\""));

        Assert.Equal(1, catalog.PluralFormula.Count);
        Assert.Equal("one", catalog.LookupPlural(null, "a", 0));
    }
}
