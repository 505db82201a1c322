using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Settings;

namespace XinxingPortal.Platform.Home;

/// <summary>
/// Lays out the home page of each culture it names: <c>{ "culture": "zh-CN", "zones": { "main": [ { "type": … } ] } }</c>.
/// Every block is checked as the admin form checks it, and a refused one fails the recipe with its path.
/// </summary>
internal sealed class HomeStep(IContentManager<HomeLayout> content, HomeLayoutRules rules, IMarkdownRenderer markdown, ISiteSettingsStore settings)
    : IRecipeStepHandler
{
    public string StepName => "home";
    public string FeatureId => PlatformFeatures.Core;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        var cultures = (await settings.GetAsync(cancellationToken)).Cultures;
        for (var l = 0; l < model.Layouts.Count; l++)
        {
            var entry = model.Layouts[l];
            var at = $".layouts[{l}]";
            context.CheckCulture(at + ".culture", entry.Culture, cultures);
            var blocks = new List<HomeBlock>();
            var paths = new List<string>();
            foreach (var (zone, zoneBlocks) in entry.Zones)
            {
                if (!HomeZones.All.Contains(zone))
                {
                    throw context.Error($"{at}.zones.{zone}", $"there is no zone '{zone}'; use {string.Join(", ", HomeZones.All)}");
                }

                for (var b = 0; b < zoneBlocks.Count; b++)
                {
                    blocks.Add(zoneBlocks[b] with { Zone = zone, Image = MediaIdOf(zoneBlocks[b].Image) });
                    paths.Add($"{at}.zones.{zone}[{b}]");
                }
            }

            if ((await rules.CheckAsync(blocks, cancellationToken)).FirstOrDefault() is { } error)
            {
                var path = error.Index < paths.Count ? paths[error.Index] + "." + error.Field : at + ".zones";
                throw context.Error(path, error.Format());
            }

            await content.UpsertAsync(
                new HomeLayout
                {
                    ContentItemId = HomeLayout.ItemIdFor(entry.Culture),
                    LocalizationSet = HomeLayout.LocalizationSetName,
                    Culture = entry.Culture,
                    Slug = "home",
                    DisplayText = entry.Title ?? "Home",
                    Blocks = HomeBlocks.Rendered(blocks, markdown),
                },
                (a, b) => a.DisplayText == b.DisplayText && a.Blocks.SequenceEqual(b.Blocks, HomeBlockComparer.Instance),
                (from, to) =>
                {
                    to.DisplayText = from.DisplayText;
                    to.Blocks = from.Blocks;
                },
                publish: entry.Published != false, entry.ChangeNote, cancellationToken);
        }
    }

    /// <summary>A recipe names an image by its media key, as the media step does; an admin gives the id itself.</summary>
    private static string? MediaIdOf(string? image) =>
        image is { Length: > 0 } && !(image.Length == 32 && image.All(char.IsAsciiHexDigitLower)) ? MediaKeys.IdFor(image) : image;

    private sealed record Layout(string Culture, Dictionary<string, List<HomeBlock>> Zones, string? Title = null, bool? Published = null, string? ChangeNote = null);

    private sealed record Model(IReadOnlyList<Layout> Layouts);
}
