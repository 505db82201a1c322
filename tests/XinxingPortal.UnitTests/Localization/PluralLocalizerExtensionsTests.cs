using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Platform.Localization;
using Xunit;

namespace XinxingPortal.UnitTests.Localization;

public sealed class PluralLocalizerExtensionsTests : IDisposable
{
    private const string RussianPo = """
        msgid ""
        msgstr "Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

        msgid "{0} page in {1}"
        msgid_plural "{0} pages in {1}"
        msgstr[0] "{0} страница в {1}"
        msgstr[1] "{0} страницы в {1}"
        msgstr[2] "{0} страниц в {1}"
        """;

    private readonly PoTestFolders folders = new();

    public void Dispose() => folders.Dispose();

    [Theory]
    [InlineData(1, "1 страница в Блог")]
    [InlineData(3, "3 страницы в Блог")]
    [InlineData(11, "11 страниц в Блог")]
    [InlineData(22, "22 страницы в Блог")]
    public void Plural_form_comes_from_the_catalogs_rule(int count, string expected)
    {
        folders.WriteAppFile("ru", RussianPo);
        using var culture = new CultureScope("ru-RU");

        var result = CreateLocalizer().Plural(count, "{0} page in {1}", "{0} pages in {1}", "Блог");

        Assert.Equal(expected, result.Value);
        Assert.False(result.ResourceNotFound);
    }

    [Theory]
    [InlineData(1, "1 post by Ann")]
    [InlineData(0, "0 posts by Ann")]
    [InlineData(5, "5 posts by Ann")]
    public void Untranslated_plural_falls_back_to_english_rule(int count, string expected)
    {
        folders.WriteAppFile("ru", RussianPo);
        using var culture = new CultureScope("ru-RU");

        var result = CreateLocalizer().Plural(count, "{0} post by {1}", "{0} posts by {1}", "Ann");

        Assert.Equal(expected, result.Value);
        Assert.True(result.ResourceNotFound);
    }

    [Fact]
    public void Context_specific_plural_wins_and_parent_culture_is_searched()
    {
        folders.WriteAppFile("de", "msgid \"{0} item\"\nmsgid_plural \"{0} items\"\nmsgstr[0] \"{0} Element\"\nmsgstr[1] \"{0} Elemente\"\n\n"
            + "msgctxt \"Cart\"\nmsgid \"{0} item\"\nmsgid_plural \"{0} items\"\nmsgstr[0] \"{0} Artikel\"\nmsgstr[1] \"{0} Artikel (mehrere)\"");
        using var culture = new CultureScope("de-CH");
        var store = folders.CreateStore();

        Assert.Equal("2 Artikel (mehrere)", new PoStringLocalizer(store, () => "default", "Cart").Plural(2, "{0} item", "{0} items").Value);
        Assert.Equal("1 Element", new PoStringLocalizer(store, () => "default", "List").Plural(1, "{0} item", "{0} items").Value);
    }

    [Theory]
    [InlineData(1, "1 file")]
    [InlineData(2, "2 files")]
    public void Localizer_without_plural_support_gets_the_english_form_as_key(int count, string expected)
    {
        var result = new KeyEchoLocalizer().Plural(count, "{0} file", "{0} files");

        Assert.Equal(expected, result.Value);
        Assert.True(result.ResourceNotFound);
    }

    private PoStringLocalizer CreateLocalizer() => new(folders.CreateStore(), () => "default", "Pages");

    /// <summary>Behaves like a localizer with no translations: formats and returns the key.</summary>
    private sealed class KeyEchoLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments] =>
            new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments), resourceNotFound: true);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
