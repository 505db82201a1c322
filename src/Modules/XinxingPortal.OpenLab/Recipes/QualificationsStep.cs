using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Recipes;

/// <summary>Upserts training records by id.</summary>
internal sealed class QualificationsStep(IPortalDb db) : IRecipeStepHandler
{
    public string StepName => "qualifications";
    public string FeatureId => OpenLabFeature.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        for (var i = 0; i < model.Qualifications.Count; i++)
        {
            var e = model.Qualifications[i];
            var at = $".qualifications[{i}]";
            if (e.Id.Length is 0 or > 64 || e.UserName.Length is 0 or > 256)
            {
                throw context.Error(at, "a qualification needs an id (≤ 64) and a user name (≤ 256)");
            }

            if (!await db.Set<Instrument>().AnyAsync(x => x.ContentItemId == e.Instrument && x.Latest, cancellationToken))
            {
                throw context.Error(at + ".instrument", $"no instrument '{e.Instrument}'");
            }

            if (e.RevokedOn is { } revoked && revoked < e.GrantedOn)
            {
                throw context.Error(at + ".revokedOn", "revoked before it was granted");
            }

            var q = await db.Set<Qualification>().FirstOrDefaultAsync(x => x.Id == e.Id, cancellationToken);
            if (q is null)
            {
                q = new Qualification { Id = e.Id };
                db.Set<Qualification>().Add(q);
            }

            q.InstrumentId = e.Instrument;
            q.UserName = e.UserName;
            q.GrantedOn = e.GrantedOn;
            q.GrantedBy = WorkflowUsers.Recipe;
            q.Note = e.Note ?? "";
            q.RevokedOn = e.RevokedOn;
            q.RevokeNote = e.RevokeNote;
        }
    }

    private sealed record Model(IReadOnlyList<QualificationEntry> Qualifications);
}
