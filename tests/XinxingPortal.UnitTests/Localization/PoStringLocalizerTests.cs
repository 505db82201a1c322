using XinxingPortal.Platform.Localization;
using Xunit;

namespace XinxingPortal.UnitTests.Localization;

public sealed class PoStringLocalizerTests : IDisposable
{
    private const string Context = "XinxingPortal.Pages.Controllers.PageController";
    private readonly PoTestFolders folders = new();

    public void Dispose() => folders.Dispose();

    [Fact]
    public void Context_specific_translation_wins_over_plain_one()
    {
        folders.WriteAppFile("de", $"msgid \"Save\"\nmsgstr \"Speichern\"\n\nmsgctxt \"{Context}\"\nmsgid \"Save\"\nmsgstr \"Seite speichern\"");
        using var culture = new CultureScope("de");

        var result = CreateLocalizer()["Save"];

        Assert.Equal("Seite speichern", result.Value);
        Assert.False(result.ResourceNotFound);
    }

    [Fact]
    public void Plain_translation_is_used_when_context_has_none()
    {
        folders.WriteAppFile("de", "msgctxt \"Other.Type\"\nmsgid \"Save\"\nmsgstr \"Falsch\"\n\nmsgid \"Save\"\nmsgstr \"Speichern\"");
        using var culture = new CultureScope("de");

        Assert.Equal("Speichern", CreateLocalizer()["Save"].Value);
    }

    [Fact]
    public void Parent_culture_is_used_when_the_specific_culture_lacks_the_string()
    {
        folders.WriteAppFile("de-AT", PoTranslationStoreTests.Po(("Year", "Jahr (AT)")));
        folders.WriteAppFile("de", $"msgctxt \"{Context}\"\nmsgid \"January\"\nmsgstr \"Januar\"\n\nmsgid \"Year\"\nmsgstr \"Jahr\"");
        using var culture = new CultureScope("de-AT");
        var localizer = CreateLocalizer();

        Assert.Equal("Januar", localizer["January"].Value);
        Assert.False(localizer["January"].ResourceNotFound);
        Assert.Equal("Jahr (AT)", localizer["Year"].Value);
    }

    [Fact]
    public void Plain_translation_of_the_culture_wins_over_context_translation_of_its_parent()
    {
        folders.WriteAppFile("de-AT", PoTranslationStoreTests.Po(("January", "Jänner")));
        folders.WriteAppFile("de", $"msgctxt \"{Context}\"\nmsgid \"January\"\nmsgstr \"Januar\"");
        using var culture = new CultureScope("de-AT");

        Assert.Equal("Jänner", CreateLocalizer()["January"].Value);
    }

    [Fact]
    public void Missing_string_returns_the_key_marked_not_found()
    {
        folders.WriteAppFile("de", PoTranslationStoreTests.Po(("Save", "Speichern")));
        using var culture = new CultureScope("de-AT");

        var result = CreateLocalizer()["Delete {0}"];

        Assert.Equal("Delete {0}", result.Value);
        Assert.Equal("Delete {0}", result.Name);
        Assert.True(result.ResourceNotFound);
    }

    [Fact]
    public void Invariant_culture_returns_the_key()
    {
        folders.WriteAppFile("de", PoTranslationStoreTests.Po(("Save", "Speichern")));
        using var culture = new CultureScope("");

        Assert.True(CreateLocalizer()["Save"].ResourceNotFound);
    }

    [Fact]
    public void Arguments_are_formatted_with_the_current_culture()
    {
        folders.WriteAppFile("de", PoTranslationStoreTests.Po(("{0:N1} MB used", "{0:N1} MB belegt")));
        using var culture = new CultureScope("de", "de-DE");
        var localizer = CreateLocalizer();

        Assert.Equal("1,5 MB belegt", localizer["{0:N1} MB used", 1.5].Value);
        Assert.Equal("2,5 GB free", localizer["{0:N1} GB free", 2.5].Value);
        Assert.True(localizer["{0:N1} GB free", 2.5].ResourceNotFound);
    }

    [Fact]
    public void Tenant_name_is_read_on_every_lookup()
    {
        folders.WriteAppFile("de", PoTranslationStoreTests.Po(("Home", "Startseite")));
        folders.WriteTenantFile("acme", "de", PoTranslationStoreTests.Po(("Home", "Acme-Start")));
        var tenant = "default";
        var localizer = new PoStringLocalizer(folders.CreateStore(), () => tenant, Context);
        using var culture = new CultureScope("de");

        Assert.Equal("Startseite", localizer["Home"].Value);
        tenant = "acme";
        Assert.Equal("Acme-Start", localizer["Home"].Value);
    }

    [Fact]
    public void All_strings_prefer_context_and_closer_culture_and_include_parents_only_on_request()
    {
        folders.WriteAppFile("de-AT", PoTranslationStoreTests.Po(("January", "Jänner")));
        folders.WriteAppFile("de", $"msgid \"January\"\nmsgstr \"Januar\"\n\nmsgid \"Save\"\nmsgstr \"Speichern\"\n\n"
            + $"msgctxt \"{Context}\"\nmsgid \"Save\"\nmsgstr \"Seite speichern\"\n\nmsgctxt \"Other\"\nmsgid \"Other\"\nmsgstr \"Andere\"");
        using var culture = new CultureScope("de-AT");
        var localizer = CreateLocalizer();

        var own = localizer.GetAllStrings(includeParentCultures: false).ToDictionary(s => s.Name, s => s.Value);
        var all = localizer.GetAllStrings(includeParentCultures: true).ToDictionary(s => s.Name, s => s.Value);

        Assert.Equal(new Dictionary<string, string> { ["January"] = "Jänner" }, own);
        Assert.Equal(new Dictionary<string, string> { ["January"] = "Jänner", ["Save"] = "Seite speichern" }, all);
    }

    [Fact]
    public void Factory_uses_type_full_name_or_base_name_as_context()
    {
        folders.WriteAppFile("de", "msgctxt \"XinxingPortal.UnitTests.Localization.PoStringLocalizerTests\"\nmsgid \"Title\"\nmsgstr \"Typ-Titel\"\n\n"
            + "msgctxt \"Views.Home.Index\"\nmsgid \"Title\"\nmsgstr \"Ansicht-Titel\"\n\nmsgid \"Title\"\nmsgstr \"Titel\"");
        var factory = new PoStringLocalizerFactory(folders.CreateStore(), new FixedTenant("default"));
        using var culture = new CultureScope("de");

        Assert.Equal("Typ-Titel", factory.Create(typeof(PoStringLocalizerTests))["Title"].Value);
        Assert.Equal("Ansicht-Titel", factory.Create("Views.Home.Index", "XinxingPortal.Web")["Title"].Value);
        Assert.Equal("Titel", factory.Create("Views.Other", "XinxingPortal.Web")["Title"].Value);
    }

    private PoStringLocalizer CreateLocalizer() => new(folders.CreateStore(), () => "default", Context);

    private sealed class FixedTenant(string name) : ITenantNameSource
    {
        public string CurrentTenantName => name;
    }
}
