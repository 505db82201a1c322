using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Recipes;

namespace XinxingPortal.Platform.Recipes.Steps;

/// <summary>Runs other recipes by name, inside the same transaction as the recipe that names them.</summary>
internal sealed class RecipesStep(RecipeCatalog catalog) : IRecipeStepHandler
{
    public string StepName => "recipes";
    public string FeatureId => PlatformFeatures.Core;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        var executor = context.Services.GetRequiredService<RecipeExecutor>();
        for (var i = 0; i < model.Recipes.Count; i++)
        {
            RecipeDocument recipe;
            try
            {
                recipe = catalog.Load(model.Recipes[i]);
                await executor.RunNestedAsync(recipe, context.AfterCommitActions, context.Depth + 1, cancellationToken);
            }
            catch (RecipeException ex) when (ex.RecipeName != context.RecipeName)
            {
                throw context.Error($".recipes[{i}]", $"sub-recipe '{ex.RecipeName}' failed at step {ex.StepIndex}, {ex.JsonPath}: {ex.Reason}");
            }
        }
    }

    private sealed record Model(IReadOnlyList<string> Recipes);
}
