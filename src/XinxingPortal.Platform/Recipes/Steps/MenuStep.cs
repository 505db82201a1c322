using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Platform.Settings;

namespace XinxingPortal.Platform.Recipes.Steps;

/// <summary>Replaces the main menu with the items listed, in order.</summary>
internal sealed class MenuStep(SiteSettingsStore store, Home.SiblingSites siblings) : IRecipeStepHandler
{
    public string StepName => "menu";
    public string FeatureId => PlatformFeatures.Core;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        for (var i = 0; i < model.Items.Count; i++)
        {
            var item = model.Items[i];
            if (!item.Url.StartsWith("~/", StringComparison.Ordinal) && !item.Url.StartsWith("https://", StringComparison.Ordinal)
                && !item.Url.StartsWith("tenant:", StringComparison.Ordinal))
            {
                throw context.Error($".items[{i}].url", "a menu URL starts with '~/' (inside the site), 'https://' or 'tenant:' (a sibling site's home)");
            }

            if (item.Url.StartsWith("tenant:", StringComparison.Ordinal) && await siblings.ProblemAsync(item.Url["tenant:".Length..], null, cancellationToken) is { } problem)
            {
                throw context.Error($".items[{i}].url", string.Format(System.Globalization.CultureInfo.InvariantCulture, problem.Message, problem.Args));
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
