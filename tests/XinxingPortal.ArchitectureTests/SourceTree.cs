namespace XinxingPortal.ArchitectureTests;

/// <summary>The repository's own source files (C# and Razor), found from the test's output folder.</summary>
internal static class SourceTree
{
    public static readonly string Root = FindRoot();

    /// <summary>Every .cs and .cshtml file under <paramref name="folder"/> (relative to the root), build output left out.</summary>
    public static IEnumerable<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>"path:line: text" for each line of the files that contains one of <paramref name="needles"/>.</summary>
    public static List<string> Find(IEnumerable<string> files, params string[] needles) =>
        [.. files.SelectMany(file => File.ReadLines(file)
            .Select((line, i) => (line, i))
            .Where(x => needles.Any(n => x.line.Contains(n, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(Root, file)}:{x.i + 1}: {x.line.Trim()}"))];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "XinxingPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("XinxingPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
