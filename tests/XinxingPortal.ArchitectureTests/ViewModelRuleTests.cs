using System.Text.RegularExpressions;

namespace XinxingPortal.ArchitectureTests;

/// <summary>
/// A page's data reaches its view as a typed view model, so a renamed property breaks the build instead of rendering
/// an empty list. ViewData keeps only what the layout reads around every page: the title, the description and the breadcrumb
/// trail; robots and the alternate language links are typed too (<c>IPageHead</c>).
/// </summary>
public sealed partial class ViewModelRuleTests
{
    private static readonly HashSet<string> LayoutKeys = ["Title", "Description", "Breadcrumbs"];

    [Fact]
    public void Page_data_goes_through_view_models()
    {
        var files = new[] { "src", "themes" }.SelectMany(SourceTree.FilesUnder);
        var found = SourceTree.Find(files, "ViewData[\"").Where(UsesPageDataKey).ToList();
        Assert.True(found.Count == 0, "Put this in the page's view model:\n" + string.Join('\n', found));
    }

    [Fact]
    public void The_rule_sees_page_data_in_view_data()
    {
        // The check above would pass vacuously if the pattern matched nothing.
        Assert.True(UsesPageDataKey("x.cs:1: ViewData[\"Topics\"] = topics;"));
        Assert.True(UsesPageDataKey("x.cs:1: ViewData[\"Robots\"] = \"noindex\";"));
        Assert.False(UsesPageDataKey("x.cs:1: ViewData[\"Title\"] = title;"));
        Assert.NotEmpty(SourceTree.Find(SourceTree.FilesUnder("themes"), "ViewData[\"Title\"]"));
    }

    private static bool UsesPageDataKey(string line) =>
        Key().Matches(line).Any(m => !LayoutKeys.Contains(m.Groups[1].Value));

    [GeneratedRegex("ViewData\\[\"([^\"]+)\"\\]")]
    private static partial Regex Key();
}
