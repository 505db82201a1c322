using System.Text.Json;
using System.Text.Json.Nodes;
using XinxingPortal.Abstractions.Recipes;

namespace XinxingPortal.Platform.Recipes;

/// <summary>Parses recipe JSON (comments and trailing commas allowed) and checks its header and step list.</summary>
internal static class RecipeReader
{
    private static readonly HashSet<string> HeaderFields =
    [
        "$schema", "name", "displayName", "description", "author", "website", "version",
        "issetuprecipe", "categories", "tags", "variables", "steps",
    ];

    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static RecipeDocument Parse(string json, string source, RecipeTokens tokens)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: Options);
        }
        catch (JsonException ex)
        {
            throw new RecipeException(source, -1, "$", $"malformed JSON at line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}");
        }
        catch (ArgumentException)
        {
            // Text that is not valid UTF-16 (a lone surrogate) cannot be JSON at all.
            throw new RecipeException(source, -1, "$", "the recipe is not valid text");
        }

        if (root is not JsonObject header)
        {
            throw new RecipeException(source, -1, "$", "a recipe must be a JSON object");
        }

        foreach (var (key, _) in header)
        {
            if (!HeaderFields.Contains(key))
            {
                throw new RecipeException(source, -1, $"$.{key}", $"unknown header field '{key}'");
            }
        }

        var name = RequiredString(header, "name", source);
        var variables = ReadVariables(header, name, tokens);
        if (header["steps"] is not JsonArray steps)
        {
            throw new RecipeException(name, -1, "$.steps", "'steps' must be an array");
        }

        var list = new List<JsonObject>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step)
            {
                throw new RecipeException(name, i, $"$.steps[{i}]", "a step must be a JSON object");
            }

            if (step["name"] is not JsonValue v || !v.TryGetValue<string>(out var stepName) || stepName.Length == 0)
            {
                throw new RecipeException(name, i, $"$.steps[{i}].name", "a step needs a 'name' string");
            }

            list.Add(step);
        }

        return new RecipeDocument(
            name,
            OptionalString(header, "displayName") ?? name,
            OptionalString(header, "description") ?? "",
            header["issetuprecipe"] is JsonValue s && s.TryGetValue<bool>(out var setup) && setup,
            variables,
            list);
    }

    private static Dictionary<string, string> ReadVariables(JsonObject header, string recipe, RecipeTokens tokens)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (header["variables"] is null)
        {
            return result;
        }

        if (header["variables"] is not JsonObject vars)
        {
            throw new RecipeException(recipe, -1, "$.variables", "'variables' must be an object");
        }

        foreach (var (key, value) in vars)
        {
            if (value is not JsonValue jv || !jv.TryGetValue<string>(out var text))
            {
                throw new RecipeException(recipe, -1, $"$.variables.{key}", "a variable must be a string");
            }

            // Variables may use every token but other variables, so they are evaluated once, in order.
            result[key] = tokens.Expand(text, result, recipe, -1, $"$.variables.{key}");
        }

        return result;
    }

    private static string RequiredString(JsonObject header, string field, string source) =>
        OptionalString(header, field) is { Length: > 0 } s && System.Text.RegularExpressions.Regex.IsMatch(s, "^[a-z0-9-]+$")
            ? s
            : throw new RecipeException(source, -1, $"$.{field}", $"'{field}' is required: lower-case letters, digits and hyphens");

    private static string? OptionalString(JsonObject header, string field) =>
        header[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
