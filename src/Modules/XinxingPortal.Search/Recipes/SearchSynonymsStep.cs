using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Search;
using XinxingPortal.Search.Data;

namespace XinxingPortal.Search.Recipes;

/// <summary><c>{ "name": "search-synonyms", "synonyms": [["科普", "科学普及"]] }</c>: upserts each group by its first word.</summary>
internal sealed class SearchSynonymsStep(IPortalDb db) : IRecipeStepHandler
{
    public string StepName => "search-synonyms";
    public string FeatureId => SearchFeature.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        var groups = model.Synonyms ?? [];
        for (var i = 0; i < groups.Count; i++)
        {
            var words = SynonymGroup.Split(string.Join(",", groups[i] ?? []));
            if (words.Count < 2)
            {
                throw context.Error($".synonyms[{i}]", "a synonym group needs at least two different words of 1 to 40 characters");
            }

            var group = await db.Set<SynonymGroup>().FirstOrDefaultAsync(g => g.Key == words[0], cancellationToken);
            if (group is null)
            {
                group = new SynonymGroup { Key = words[0] };
                db.Set<SynonymGroup>().Add(group);
            }

            group.Words = string.Join(",", words);
        }
    }

    private sealed record Model(IReadOnlyList<IReadOnlyList<string>?>? Synonyms = null);
}
