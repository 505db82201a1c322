using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Platform.Features;
using XinxingPortal.Platform.Modules;

namespace XinxingPortal.Platform.Recipes.Steps;

internal sealed class FeatureStep(FeatureService features, ModuleCatalog catalog) : IRecipeStepHandler
{
    public string StepName => "feature";
    public string FeatureId => PlatformFeatures.Core;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        IReadOnlyList<string> enable = model.Enable ?? [], disable = model.Disable ?? [];
        Check(context, enable, "enable");
        Check(context, disable, "disable");
        await features.EnableAsync(enable, cancellationToken);
        await features.DisableAsync(disable, cancellationToken);
    }

    private void Check(RecipeStepContext context, IReadOnlyList<string> ids, string field)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (catalog.Features.Find(ids[i]) is null)
            {
                throw context.Error($".{field}[{i}]", $"unknown feature '{ids[i]}'");
            }
        }
    }

    private sealed record Model(IReadOnlyList<string>? Enable = null, IReadOnlyList<string>? Disable = null);
}
