using System.Text.Json.Nodes;

namespace XinxingPortal.Platform.Recipes;

/// <summary>A parsed recipe: its header and its steps, with variables evaluated but step tokens not yet.</summary>
internal sealed record RecipeDocument(
    string Name,
    string DisplayName,
    string Description,
    bool IsSetupRecipe,
    IReadOnlyDictionary<string, string> Variables,
    IReadOnlyList<JsonObject> Steps);
