using XinxingPortal.Abstractions.Media;
using XinxingPortal.Abstractions.Recipes;

namespace XinxingPortal.Media.Recipes;

/// <summary>
/// Imports images shipped with a recipe. Each is keyed, so other steps refer to it by key and a second run
/// finds it instead of adding a copy.
/// </summary>
internal sealed class MediaStep(MediaLibrary library, IRecipeFiles files) : IRecipeStepHandler
{
    public string StepName => "media";
    public string FeatureId => MediaFeature.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        for (var i = 0; i < model.Items.Count; i++)
        {
            var item = model.Items[i];
            await using var stream = files.Open(item.File) ?? throw context.Error($".items[{i}].file", $"file '{item.File}' does not exist in the portal folder");
            try
            {
                await library.ImportAsync(item.Key, stream, Path.GetFileName(item.File), item.Alt, cancellationToken);
            }
            catch (MediaRejectedException ex)
            {
                throw context.Error($".items[{i}]", ex.Message);
            }
        }
    }

    private sealed record Entry(string Key, string File, string Alt);

    private sealed record Model(IReadOnlyList<Entry> Items);
}
