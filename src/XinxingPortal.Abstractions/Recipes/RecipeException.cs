namespace XinxingPortal.Abstractions.Recipes;

/// <summary>A recipe that cannot run, located by step index and JSON path so its author can fix it.</summary>
public sealed class RecipeException(string recipeName, int stepIndex, string jsonPath, string reason, Exception? inner = null)
    : Exception($"Recipe '{recipeName}' step {stepIndex} at {jsonPath}: {reason}", inner)
{
    public string RecipeName { get; } = recipeName;

    /// <summary>Zero-based index into <c>steps</c>, or -1 when the recipe header is at fault.</summary>
    public int StepIndex { get; } = stepIndex;

    public string JsonPath { get; } = jsonPath;
    public string Reason { get; } = reason;
}
