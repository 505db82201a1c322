using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Recipes;

/// <summary>
/// Evaluates <c>[var:x]</c>, <c>[file:path]</c>, <c>[uuid]</c>, <c>[config:key]</c> and <c>[date:+N]</c> in string values.
/// There is deliberately no scripting: a recipe is data a site owner can read.
/// </summary>
/// <remarks>
/// <c>[date:+N]</c> is the Beijing date N days from the day the recipe runs (yyyy-MM-dd), so seed events are "this week"
/// whenever a site is first set up; a second run on the same day writes the same values.
/// </remarks>
internal sealed partial class RecipeTokens(PortalPaths paths, IConfiguration configuration, TimeProvider? time = null)
{
    /// <summary>Ten years either way: enough for any seed, small enough that a typo fails instead of landing in year 9999.</summary>
    private const int MaxDays = 3650;

    [GeneratedRegex(@"\[(var|file|uuid|config|date)(?::([^\]]*))?\]")]
    private static partial Regex Token();

    public string Expand(string text, IReadOnlyDictionary<string, string> variables, string recipe, int step, string path) =>
        Token().Replace(text, m => m.Groups[1].Value switch
        {
            "var" => variables.TryGetValue(m.Groups[2].Value, out var v)
                ? v
                : throw new RecipeException(recipe, step, path, $"unknown variable '{m.Groups[2].Value}'"),
            "file" => ReadFile(m.Groups[2].Value, recipe, step, path),
            "uuid" => Guid.NewGuid().ToString("N"),
            "date" => Date(m.Groups[2].Value, recipe, step, path),
            _ => configuration[m.Groups[2].Value]
                ?? throw new RecipeException(recipe, step, path, $"configuration key '{m.Groups[2].Value}' is not set"),
        });

    /// <summary>Returns a copy of the step with every string value expanded.</summary>
    public JsonObject ExpandStep(JsonObject step, IReadOnlyDictionary<string, string> variables, string recipe, int index)
    {
        var copy = (JsonObject)step.DeepClone();
        Walk(copy, $"$.steps[{index}]");
        return copy;

        void Walk(JsonNode node, string path)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, child) in obj.ToList())
                    {
                        if (child is JsonValue value && value.TryGetValue<string>(out var s))
                        {
                            obj[key] = Expand(s, variables, recipe, index, $"{path}.{key}");
                        }
                        else if (child is not null)
                        {
                            Walk(child, $"{path}.{key}");
                        }
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (array[i] is JsonValue value && value.TryGetValue<string>(out var s))
                        {
                            array[i] = Expand(s, variables, recipe, index, $"{path}[{i}]");
                        }
                        else if (array[i] is { } child)
                        {
                            Walk(child, $"{path}[{i}]");
                        }
                    }

                    break;
            }
        }
    }

    private string Date(string offset, string recipe, int step, string path) =>
        int.TryParse(offset, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var days)
            && Math.Abs(days) <= MaxDays
            ? BeijingTime.Date((time ?? TimeProvider.System).BeijingToday().AddDays(days))
            : throw new RecipeException(recipe, step, path, $"[date:{offset}] needs a whole number of days from -{MaxDays} to +{MaxDays}, such as [date:+7]");

    private string ReadFile(string relative, string recipe, int step, string path)
    {
        var full = RecipeFiles.Resolve(paths, relative)
            ?? throw new RecipeException(recipe, step, path, $"file '{relative}' is outside the portal folder");
        return File.Exists(full)
            ? File.ReadAllText(full)
            : throw new RecipeException(recipe, step, path, $"file '{relative}' does not exist");
    }
}
