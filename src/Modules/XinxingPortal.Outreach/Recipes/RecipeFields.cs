using System.Text.Json;
using XinxingPortal.Abstractions.Content;

namespace XinxingPortal.Outreach.Recipes;

/// <summary>How the outreach steps hand their entries to the kernel's upsert.</summary>
internal static class RecipeFields
{
    /// <summary>Two items match when what the recipe sets serializes the same.</summary>
    public static bool Same(object a, object b) => JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);

    public static T WithId<T>(T item, string id) where T : ContentVersion
    {
        item.ContentItemId = id;
        return item;
    }
}
