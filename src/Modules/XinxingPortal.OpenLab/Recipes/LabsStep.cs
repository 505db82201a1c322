using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Recipes;

/// <summary>Upserts labs by their stable id; the bureau's own seed is published without review.</summary>
internal sealed class LabsStep(IContentManager<Lab> content, IPortalDb db) : IRecipeStepHandler
{
    public string StepName => "labs";
    public string FeatureId => OpenLabFeature.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        for (var i = 0; i < model.Labs.Count; i++)
        {
            var e = model.Labs[i];
            var at = $".labs[{i}]";
            context.CheckSlug(at + ".slug", e.Slug);
            if (e.Id.Length is 0 or > 64)
            {
                throw context.Error(at + ".id", "an id has 1 to 64 characters");
            }

            if (e.Name.Length is 0 or > 256 || e.HostUnit.Length is 0 or > 128)
            {
                throw context.Error(at + ".name", "a lab needs a name (≤ 256) and a host unit (≤ 128)");
            }

            var wanted = new Lab
            {
                ContentItemId = e.Id, LocalizationSet = e.Id, Culture = "zh-CN", Slug = e.Slug, DisplayText = e.Name, HostUnit = e.HostUnit,
                Location = e.Location ?? "", Manager = e.Manager ?? "", Contact = e.Contact ?? "", SafetyRules = e.SafetyRules ?? "", Description = e.Description ?? "",
            };
            await content.UpsertAsync(wanted, (a, b) => Json(a) == Json(b), Copy, e.Published != false, ct: cancellationToken);
            if (e.Managers is { } managers)
            {
                // The list replaces the lab's managers; leaving it out keeps them.
                if (managers.Any(m => m.Length is 0 or > 256))
                {
                    throw context.Error(at + ".managers", "a manager is a user name of 1 to 256 characters");
                }

                var wantedManagers = managers.ToHashSet(StringComparer.Ordinal);
                var present = await db.Set<LabAssignment>().Where(a => a.LabId == e.Id).ToListAsync(cancellationToken);
                db.Set<LabAssignment>().RemoveRange(present.Where(a => !wantedManagers.Contains(a.UserName)));
                db.Set<LabAssignment>().AddRange(wantedManagers.Where(m => !present.Any(a => a.UserName == m)).Select(m => new LabAssignment { LabId = e.Id, UserName = m }));
            }
        }
    }

    private static string Json(Lab l) => JsonSerializer.Serialize(new { l.Slug, l.DisplayText, l.HostUnit, l.Location, l.Manager, l.Contact, l.SafetyRules, l.Description });

    private static void Copy(Lab from, Lab to)
    {
        to.Slug = from.Slug;
        to.DisplayText = from.DisplayText;
        to.HostUnit = from.HostUnit;
        to.Location = from.Location;
        to.Manager = from.Manager;
        to.Contact = from.Contact;
        to.SafetyRules = from.SafetyRules;
        to.Description = from.Description;
    }

    private sealed record Model(IReadOnlyList<LabEntry> Labs);
}
