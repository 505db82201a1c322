namespace XinxingPortal.Abstractions.Recipes;

/// <summary>Runs one kind of recipe step. Steps must upsert on stable ids so a recipe can run twice.</summary>
public interface IRecipeStepHandler
{
    string StepName { get; }

    /// <summary>The feature that provides the step; a tenant without it has no such step.</summary>
    string FeatureId { get; }

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
