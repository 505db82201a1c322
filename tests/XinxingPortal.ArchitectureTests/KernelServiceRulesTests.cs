using NetArchTest.Rules;
using XinxingPortal.Platform.Modules;

namespace XinxingPortal.ArchitectureTests;

/// <summary>
/// The kernel owns the clock, the file checks and the pager; a module that writes its own again fails here.
/// (Each rule was seen to fail once by breaking it on purpose.)
/// </summary>
public sealed class KernelServiceRulesTests
{
    private static readonly ModuleCatalog Catalog = ModuleCatalog.Discover();

    private static IEnumerable<string> ModuleSources => SourceTree.FilesUnder("src/Modules");

    private static IEnumerable<string> ThemeAndModuleSources => ModuleSources.Concat(SourceTree.FilesUnder("themes"));

    [Fact]
    public void Modules_define_no_clock_of_their_own()
    {
        // Now comes from the injected TimeProvider; Beijing time from BeijingTime.
        var found = SourceTree.Find(ThemeAndModuleSources,
            "TimeZoneInfo", "Asia/Shanghai", "FromHours(8)", "AddHours(-8)", "AddHours(8)", "+08:00",
            "DateTime.UtcNow", "DateTime.Now", "DateTime.Today", "DateTimeOffset.UtcNow", "DateTimeOffset.Now");
        Assert.True(found.Count == 0, "Use TimeProvider and BeijingTime instead:\n" + string.Join('\n', found));
    }

    [Fact]
    public void Only_BeijingTime_names_the_zone()
    {
        var found = SourceTree.Find(SourceTree.FilesUnder("src").Concat(SourceTree.FilesUnder("themes")), "Asia/Shanghai", "FindSystemTimeZoneById")
            .Where(line => !line.StartsWith(Path.Combine("src", "XinxingPortal.Abstractions", "Time", "BeijingTime.cs"), StringComparison.Ordinal))
            .ToList();
        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var m in Catalog.Modules.Where(m => m.Assembly != typeof(ModuleCatalog).Assembly))
        {
            data.Add(m.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_opens_no_zip_archive(string moduleId)
    {
        var assembly = Catalog.Modules.Single(m => m.Id == moduleId).Assembly;
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOn("System.IO.Compression").GetResult();
        Assert.True(result.IsSuccessful, "Use IFileInspector: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Modules_compare_no_magic_bytes()
    {
        // The signatures IFileInspector knows: PDF, PNG, JPEG, RIFF/WebP and ZIP local headers.
        var found = SourceTree.Find(ModuleSources, "%PDF", "0x89, 0x50", "0xFF, 0xD8", "\"RIFF\"", "PK\\u0003", "PK\\x03", "0x50, 0x4B");
        Assert.True(found.Count == 0, "Use IFileInspector:\n" + string.Join('\n', found));
    }

    [Fact]
    public void There_is_one_pager_partial_and_it_is_the_platforms()
    {
        var pagers = Directory.EnumerateFiles(SourceTree.Root, "_Pager*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(SourceTree.Root, f))
            .ToList();
        Assert.Equal([Path.Combine("src", "XinxingPortal.Platform", "Views", "Shared", "_Pager.cshtml")], pagers);

        // Nor pager markup written straight into a module's or theme's view.
        var inline = SourceTree.Find(ThemeAndModuleSources, "class=\"pagination", "Skip((");
        Assert.True(inline.Count == 0, "Use Page<T>, ToPageAsync and <partial name=\"_Pager\">:\n" + string.Join('\n', inline));
    }
}
