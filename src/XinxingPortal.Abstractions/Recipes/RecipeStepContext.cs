using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace XinxingPortal.Abstractions.Recipes;

/// <summary>One step being run: its JSON with tokens already evaluated, and where it sits in its recipe.</summary>
public sealed class RecipeStepContext(
    string recipeName, int stepIndex, JsonObject step, IServiceProvider services, IList<Func<Task>> afterCommit, int depth = 0)
{
    private static readonly JsonSerializerOptions StrictOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    public string RecipeName { get; } = recipeName;
    public int StepIndex { get; } = stepIndex;
    public JsonObject Step { get; } = step;
    public IServiceProvider Services { get; } = services;
    /// <summary>How deep this step's recipe is nested in <c>recipes</c> steps; 0 for the top recipe.</summary>
    public int Depth { get; } = depth;

    /// <summary>The after-commit work of the whole recipe run, shared with sub-recipes.</summary>
    public IList<Func<Task>> AfterCommitActions { get; } = afterCommit;

    /// <summary>Path of the step itself, the prefix of every error path.</summary>
    public string StepPath => $"$.steps[{StepIndex}]";

    /// <summary>Reads the step into its model; a wrong type or unknown member becomes a located error.</summary>
    public T Read<T>()
    {
        try
        {
            return Step.Deserialize<T>(StrictOptions) ?? throw Error("", "the step is empty");
        }
        catch (JsonException ex)
        {
            var inner = ex.Path is { Length: > 1 } p ? p[1..] : "";
            throw Error(inner, FirstLine(ex.Message));
        }
    }

    /// <summary>An error at a path relative to the step, such as <c>.pages[2].slug</c>.</summary>
    public RecipeException Error(string relativePath, string reason) =>
        new(RecipeName, StepIndex, StepPath + relativePath, reason);

    /// <summary>Refuses a slug that is not lower-case letters, digits and hyphens.</summary>
    public void CheckSlug(string relativePath, string slug)
    {
        if (slug.Length == 0 || slug.Length > 128 || slug[0] == '-' || slug.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            throw Error(relativePath, "a slug has lower-case letters, digits and '-'");
        }
    }

    /// <summary>Refuses a culture the site does not speak.</summary>
    public void CheckCulture(string relativePath, string culture, IReadOnlyList<string> siteCultures)
    {
        if (!siteCultures.Contains(culture))
        {
            throw Error(relativePath, $"'{culture}' is not one of the site's cultures ({string.Join(", ", siteCultures)})");
        }
    }

    /// <summary>Work outside the database (files, caches) that must wait until the recipe's transaction commits.</summary>
    public void AfterCommit(Func<Task> action) => AfterCommitActions.Add(action);

    private static string FirstLine(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
