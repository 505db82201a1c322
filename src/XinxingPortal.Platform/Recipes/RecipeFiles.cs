using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Recipes;

internal sealed class RecipeFiles(PortalPaths paths) : IRecipeFiles
{
    public Stream? Open(string relativePath) => Resolve(paths, relativePath) is { } full && File.Exists(full) ? File.OpenRead(full) : null;

    /// <summary>The full path of a file under the portal folder, or null when the path climbs out of it.</summary>
    public static string? Resolve(PortalPaths paths, string relativePath)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(paths.Base)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        return full.StartsWith(root, StringComparison.Ordinal) ? full : null;
    }
}
