using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Platform.Settings;

namespace XinxingPortal.Platform.Recipes.Steps;

/// <summary>Replaces the main menu with the items listed, in order.</summary>
internal sealed class MenuStep(SiteSettingsStore store) : IRecipeStepHandler
{
    public string StepName => "menu";
    public string FeatureId => PlatformFeatures.Core;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        for (var i = 0; i < model.Items.Count; i++)
        {
            var item = model.Items[i];
            if (!item.Url.StartsWith("~/", StringComparison.Ordinal) && !item.Url.StartsWith("https://", StringComparison.Ordinal))
            {
                throw context.Error($".items[{i}].url", "a menu URL starts with '~/' (inside the site) or 'https://'");
            }

            if (item.Text.Count == 0)
            {
                throw context.Error($".items[{i}].text", "a menu item needs text in at least one culture");
            }
        }

        await store.SaveMenuAsync(model.Items, cancellationToken);
    }

    private sealed record Model(IReadOnlyList<MenuItem> Items);
}
