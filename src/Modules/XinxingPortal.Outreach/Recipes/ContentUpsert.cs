using System.Text.Json;
using XinxingPortal.Abstractions.Content;

namespace XinxingPortal.Outreach.Recipes;

/// <summary>
/// Creates or updates a content item from a recipe and publishes it; an item whose fields already match
/// (compared as JSON of what the recipe sets) is left untouched, so running a recipe twice writes nothing.
/// </summary>
internal sealed class ContentUpsert<T>(IContentManager<T> content) where T : ContentVersion, new()
{
    private const string RecipeUser = "recipe";

    public async Task<T> UpsertAsync(string id, T wanted, Func<T, object> fields, Action<T, T> copy, bool publish, CancellationToken ct)
    {
        var existing = await content.GetLatestAsync(id, ct);
        if (existing is null)
        {
            wanted.ContentItemId = id;
            existing = await content.CreateAsync(wanted, RecipeUser, ct);
        }
        else if (JsonSerializer.Serialize(fields(existing)) != JsonSerializer.Serialize(fields(wanted)))
        {
            existing = await content.SaveDraftAsync(id, v => copy(wanted, v), RecipeUser, null, ct);
        }

        if (publish && !existing.Published)
        {
            existing = await content.PublishAsync(id, RecipeUser, ct);
        }

        return existing;
    }
}
