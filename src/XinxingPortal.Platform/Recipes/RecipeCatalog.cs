using System.Text.RegularExpressions;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Recipes;

/// <summary>The recipes shipped in the <c>recipes</c> folder, found by name.</summary>
internal sealed partial class RecipeCatalog(PortalPaths paths, RecipeTokens tokens)
{
    private const string Suffix = ".recipe.json";

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex ValidName();

    public IReadOnlyList<string> Names() =>
        Directory.Exists(paths.Recipes)
            ? Directory.GetFiles(paths.Recipes, "*" + Suffix).Select(f => Path.GetFileName(f)[..^Suffix.Length]).Order().ToList()
            : [];

    public bool Exists(string name) => ValidName().IsMatch(name) && File.Exists(FileOf(name));

    public RecipeDocument Load(string name)
    {
        if (!Exists(name))
        {
            throw new RecipeException(name, -1, "$", $"there is no recipe named '{name}'");
        }

        return RecipeReader.Parse(File.ReadAllText(FileOf(name)), name, tokens);
    }

    private string FileOf(string name) => Path.Combine(paths.Recipes, name + Suffix);
}
