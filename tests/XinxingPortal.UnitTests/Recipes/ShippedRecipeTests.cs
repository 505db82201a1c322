using System.Text.Json;
using Json.Schema;

namespace XinxingPortal.UnitTests.Recipes;

/// <summary>The recipes in <c>recipes/</c> obey the schema published beside them.</summary>
public sealed class ShippedRecipeTests
{
    private static readonly string RecipesFolder = FindRecipes();

    // Loaded once: the schema has an $id, and the library refuses to register the same id twice.
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RecipesFolder, "recipe.schema.json")));

    public static TheoryData<string> Recipes()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RecipesFolder, "*.recipe.json").Order())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Recipes))]
    public void A_shipped_recipe_validates_against_the_schema(string file)
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(RecipesFolder, file)),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

        var result = Schema.Evaluate(recipe.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_schema_refuses_an_unknown_step()
    {
        using var recipe = JsonDocument.Parse("""{ "name": "x", "steps": [ { "name": "teleport" } ] }""");
        Assert.False(Schema.Evaluate(recipe.RootElement).IsValid);
    }

    private static string FindRecipes()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "recipes");
            if (File.Exists(Path.Combine(candidate, "recipe.schema.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("recipes/ not found above the test output");
    }
}
