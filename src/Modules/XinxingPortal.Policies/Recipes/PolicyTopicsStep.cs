using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Policies.Data;

namespace XinxingPortal.Policies.Recipes;

/// <summary>Upserts the topic taxonomy by code and sets the organisation code of 索引号.</summary>
internal sealed partial class PolicyTopicsStep(IPortalDb db, ISiteSettingsStore settings) : IRecipeStepHandler
{
    public string StepName => "policy-topics";
    public string FeatureId => PoliciesFeature.Id;

    [GeneratedRegex("^[0-9A-Z]{9,18}$")]
    private static partial Regex OrganisationCode();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Code();

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        if (model.OrganisationCode is { } code)
        {
            if (!OrganisationCode().IsMatch(code))
            {
                throw context.Error(".organisationCode", "an organisation code has 9 to 18 digits or capital letters");
            }

            await settings.SaveModuleSettingsAsync(PoliciesSettings.Key, new PoliciesSettings(code), cancellationToken);
        }

        var topics = model.Topics ?? [];
        for (var i = 0; i < topics.Count; i++)
        {
            var entry = topics[i];
            if (!Code().IsMatch(entry.Code))
            {
                throw context.Error($".topics[{i}].code", "a topic code has lower-case letters, digits and '-'");
            }

            if (!entry.Names.TryGetValue("zh-CN", out var zh) || zh.Length == 0)
            {
                throw context.Error($".topics[{i}].names", "a topic needs a zh-CN name");
            }

            var topic = await db.Set<Topic>().FirstOrDefaultAsync(t => t.Code == entry.Code, cancellationToken);
            if (topic is null)
            {
                topic = new Topic { Code = entry.Code };
                db.Set<Topic>().Add(topic);
            }

            // Assigning equal values leaves the entity unchanged, so a second run writes nothing.
            topic.NameZh = zh;
            topic.NameUg = entry.Names.GetValueOrDefault("ug", "");
            topic.NameEn = entry.Names.GetValueOrDefault("en", "");
            topic.Position = i;
        }
    }

    private sealed record TopicEntry(string Code, IReadOnlyDictionary<string, string> Names);

    private sealed record Model(string? OrganisationCode = null, IReadOnlyList<TopicEntry>? Topics = null);
}
