using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Pages.Data;

namespace XinxingPortal.Pages.Recipes;

/// <summary>Upserts pages by content item id; an unchanged page is left untouched, so a second run writes nothing.</summary>
internal sealed class PagesStep(IContentManager<Page> content, IMarkdownRenderer markdown, ISiteSettingsStore settings) : IRecipeStepHandler
{

    public string StepName => "pages";
    public string FeatureId => PagesFeature.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        var cultures = (await settings.GetAsync(cancellationToken)).Cultures;
        for (var i = 0; i < model.Pages.Count; i++)
        {
            var entry = model.Pages[i];
            context.CheckCulture($".pages[{i}].culture", entry.Culture, cultures);
            context.CheckSlug($".pages[{i}].slug", entry.Slug);

            await UpsertAsync(entry, cancellationToken);
        }
    }

    private Task UpsertAsync(Entry entry, CancellationToken ct) => content.UpsertAsync(
        new Page
        {
            ContentItemId = entry.ContentItemId,
            LocalizationSet = entry.LocalizationSet ?? entry.ContentItemId,
            Culture = entry.Culture,
            Slug = entry.Slug,
            DisplayText = entry.Title,
            Body = entry.Body,
            BodyHtml = markdown.ToSafeHtml(entry.Body),
        },
        (a, b) => a.Slug == b.Slug && a.DisplayText == b.DisplayText && a.Body == b.Body,
        (from, to) =>
        {
            to.Slug = from.Slug;
            to.DisplayText = from.DisplayText;
            to.Body = from.Body;
            to.BodyHtml = from.BodyHtml;
        },
        publish: entry.Published != false, entry.ChangeNote, ct);

    private sealed record Entry(
        string ContentItemId,
        string Culture,
        string Slug,
        string Title,
        string Body,
        string? LocalizationSet = null,
        bool? Published = null,
        string? ChangeNote = null);

    private sealed record Model(IReadOnlyList<Entry> Pages);
}
