using XinxingPortal.Platform.Localization;
using Xunit;

namespace XinxingPortal.UnitTests.Localization;

public sealed class PoTranslationStoreTests : IDisposable
{
    private readonly PoTestFolders folders = new();

    public void Dispose() => folders.Dispose();

    [Fact]
    public void Tenant_file_beats_app_file_which_beats_embedded_resource()
    {
        var module = new FakeResourceAssembly("XinxingPortal.Pages", new()
        {
            ["XinxingPortal.Pages.Localization.fr.po"] = Po(("A", "embedded"), ("B", "embedded"), ("C", "embedded")),
        });
        folders.WriteAppFile("fr", Po(("B", "app"), ("C", "app")));
        folders.WriteTenantFile("acme", "fr", Po(("C", "tenant")));

        var catalog = folders.CreateStore(module).Get("acme", "fr");

        Assert.NotNull(catalog);
        Assert.Equal("embedded", catalog.Lookup(null, "A"));
        Assert.Equal("app", catalog.Lookup(null, "B"));
        Assert.Equal("tenant", catalog.Lookup(null, "C"));
    }

    [Fact]
    public void Later_module_assembly_overrides_earlier_one()
    {
        var first = new FakeResourceAssembly("First", new() { ["First.Localization.fr.po"] = Po(("A", "first"), ("B", "first")) });
        var second = new FakeResourceAssembly("Second", new() { ["Second.Localization.fr.po"] = Po(("B", "second")) });

        var catalog = folders.CreateStore(first, second).Get("default", "fr");

        Assert.Equal("first", catalog?.Lookup(null, "A"));
        Assert.Equal("second", catalog?.Lookup(null, "B"));
    }

    [Fact]
    public void Only_resources_named_for_the_culture_are_loaded()
    {
        var module = new FakeResourceAssembly("M", new()
        {
            ["M.Localization.fr-CA.po"] = Po(("A", "canadian")),
            ["M.Localization.fr.po.bak"] = Po(("A", "backup")),
            ["M.Other.fr.po"] = Po(("A", "other")),
        });

        Assert.Null(folders.CreateStore(module).Get("default", "fr"));
        Assert.Equal("canadian", folders.CreateStore(module).Get("default", "fr-CA")?.Lookup(null, "A"));
    }

    [Fact]
    public void Another_tenants_file_is_not_used()
    {
        folders.WriteAppFile("fr", Po(("A", "app")));
        folders.WriteTenantFile("acme", "fr", Po(("A", "acme")));
        var store = folders.CreateStore();

        Assert.Equal("acme", store.Get("acme", "fr")?.Lookup(null, "A"));
        Assert.Equal("app", store.Get("globex", "fr")?.Lookup(null, "A"));
    }

    [Fact]
    public void Culture_without_any_file_has_no_catalog()
    {
        folders.WriteAppFile("fr", Po(("A", "app")));

        Assert.Null(folders.CreateStore().Get("default", "de"));
        Assert.Null(folders.CreateStore().Get("default", ""));
    }

    [Fact]
    public void Catalog_is_cached_until_its_tenant_is_invalidated()
    {
        var path = folders.WriteTenantFile("acme", "fr", Po(("A", "old")));
        folders.WriteTenantFile("globex", "fr", Po(("A", "globex")));
        var store = folders.CreateStore();
        var acme = store.Get("acme", "fr");
        var globex = store.Get("globex", "fr");

        File.WriteAllText(path, Po(("A", "new")));
        Assert.Same(acme, store.Get("acme", "fr"));

        store.Invalidate("acme");

        Assert.Equal("new", store.Get("acme", "fr")?.Lookup(null, "A"));
        Assert.Same(globex, store.Get("globex", "fr"));
    }

    [Fact]
    public void Malformed_file_error_names_the_file_and_is_not_cached()
    {
        var path = folders.WriteAppFile("fr", "msgid \"A\"\nmsgstr \"broken");
        var store = folders.CreateStore();

        var exception = Assert.Throws<FormatException>(() => store.Get("default", "fr"));
        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", exception.Message, StringComparison.Ordinal);

        File.WriteAllText(path, Po(("A", "fixed")));
        Assert.Equal("fixed", store.Get("default", "fr")?.Lookup(null, "A"));
    }

    [Theory]
    [InlineData("..", "fr")]
    [InlineData("../other", "fr")]
    [InlineData("acme", "../fr")]
    [InlineData("", "fr")]
    public void Names_that_could_escape_the_folder_are_rejected(string tenant, string culture) =>
        Assert.ThrowsAny<ArgumentException>(() => folders.CreateStore().Get(tenant, culture));

    internal static string Po(params (string Id, string Translation)[] entries) =>
        string.Join("\n\n", entries.Select(e => $"msgid \"{e.Id}\"\nmsgstr \"{e.Translation}\""));
}
