namespace XinxingPortal.E2E.Tests.Infrastructure;

/// <summary>Where the built host, the validator and the artifacts are, found from the test's own output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release, whichever this test assembly was built as; the host was built the same way.</summary>
    public static string Configuration { get; } = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string HostFolder => Path.Combine(Root, "src", "XinxingPortal.Web", "bin", Configuration, "net10.0");

    public static string TestProject => Path.Combine(Root, "tests", "XinxingPortal.E2E.Tests");

    public static string Artifacts => Directory.CreateDirectory(Path.Combine(Root, "artifacts", "e2e")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "XinxingPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("XinxingPortal.sln not found above the test output");
    }
}
