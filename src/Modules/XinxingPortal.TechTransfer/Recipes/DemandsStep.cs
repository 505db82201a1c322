using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Recipes;

/// <summary>Seeds 技术需求 by id, approved unless the entry says otherwise.</summary>
internal sealed class DemandsStep(IPortalDb db, TimeProvider time) : IRecipeStepHandler
{
    public string StepName => "demands";
    public string FeatureId => TechTransferFeature.Listings;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        var check = new EntryChecks(context);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var writer = new ListingWriter(db, time);
        for (var i = 0; i < model.Demands.Count; i++)
        {
            var e = model.Demands[i];
            var at = $".demands[{i}]";
            check.Id(at, e.Id, ids);
            check.Texts(at, e);
            check.Short(at + ".title", e.Title);
            await check.OrganisationAsync(at + ".organisation", e.Organisation, db, cancellationToken);
            var field = check.Name<TechField>(at + ".field", e.Field);
            var type = check.Name<DemandType>(at + ".type", e.Type);
            check.NotNegative(at + ".budgetMinYuan", e.BudgetMinYuan);
            check.NotNegative(at + ".budgetMaxYuan", e.BudgetMaxYuan);
            if (e.BudgetMinYuan > e.BudgetMaxYuan)
            {
                throw context.Error(at + ".budgetMinYuan", "the lowest budget is not above the highest");
            }

            check.Trl(at + ".requiredTrl", e.RequiredTrl);
            var modes = check.Modes(at + ".modes", e.Modes);
            var status = check.Status(at, e.Status, e.ReviewComment);

            var demand = await writer.FindOrAddAsync<Demand>(e.Id, cancellationToken);
            demand.OrganisationId = e.Organisation;
            demand.Title = e.Title.Trim();
            demand.Field = field;
            demand.Type = type;
            demand.Description = e.Description.Trim();
            demand.BudgetMinYuan = e.BudgetMinYuan;
            demand.BudgetMaxYuan = e.BudgetMaxYuan;
            demand.RequiredTrl = e.RequiredTrl;
            demand.ValidUntil = e.ValidUntil;
            demand.Modes = modes;
            demand.ContactName = e.ContactName.Trim();
            demand.ContactPhone = e.ContactPhone.Trim();
            demand.ContactEmail = e.ContactEmail.Trim();
            writer.Finish(demand, status, e.ReviewComment, e.PublishedOn);
        }
    }

    private sealed record Model(IReadOnlyList<DemandEntry> Demands);
}

/// <summary>A demand as a recipe writes it; no budget means 面议, no status means approved.</summary>
internal sealed record DemandEntry(
    string Id,
    string Organisation,
    string Title,
    string Field,
    string Type,
    string Description,
    DateOnly ValidUntil,
    IReadOnlyList<string> Modes,
    string ContactName,
    string ContactPhone,
    string ContactEmail,
    long? BudgetMinYuan = null,
    long? BudgetMaxYuan = null,
    int? RequiredTrl = null,
    string? Status = null,
    string? ReviewComment = null,
    DateOnly? PublishedOn = null);
