using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.TechTransfer.Recipes;

/// <summary>Seeds organisations by id. The bureau vouches for what its recipe lists, so they are verified and belong to no account.</summary>
internal sealed class OrganisationsStep(IPortalDb db, ISiteSettingsStore settings, TimeProvider time) : IRecipeStepHandler
{
    public const string RecipeReviewer = "recipe";

    public string StepName => "organisations";
    public string FeatureId => TechTransferFeature.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        var check = new EntryChecks(context);
        var cultures = (await settings.GetAsync(cancellationToken)).Cultures;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < model.Organisations.Count; i++)
        {
            var e = model.Organisations[i];
            var at = $".organisations[{i}]";
            check.Id(at, e.Id, ids);
            check.Texts(at, e);
            check.Short(at + ".name", e.Name);
            var kind = check.Name<OrganisationKind>(at + ".kind", e.Kind);
            var culture = e.Culture ?? "zh-CN";
            context.CheckCulture(at + ".culture", culture, cultures);

            var code = CreditCode.Normalise(e.CreditCode);
            if (CreditCode.Problem(code) is { } problem)
            {
                throw context.Error(at + ".creditCode", problem);
            }

            if (!codes.Add(code) || await db.Set<Organisation>().AnyAsync(o => o.CreditCode == code && o.Id != e.Id, cancellationToken))
            {
                throw context.Error(at + ".creditCode", $"another organisation already has the credit code {code}");
            }

            await UpsertAsync(e, kind, code, culture, cancellationToken);
        }
    }

    private async Task UpsertAsync(OrganisationEntry e, OrganisationKind kind, string code, string culture, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var organisation = await db.Set<Organisation>().FindAsync([e.Id], ct);
        if (organisation is null)
        {
            organisation = new Organisation { Id = e.Id, CreatedUtc = now };
            db.Set<Organisation>().Add(organisation);
        }

        // Assigning equal values leaves the row unchanged, so a second run writes nothing.
        organisation.Kind = kind;
        organisation.Name = e.Name.Trim();
        organisation.CreditCode = code;
        organisation.ContactName = e.ContactName.Trim();
        organisation.ContactMobile = e.ContactMobile.Trim();
        organisation.ContactEmail = e.ContactEmail.Trim();
        organisation.Culture = culture;
        if (organisation.Status != VerificationStatus.Verified)
        {
            organisation.Status = VerificationStatus.Verified;
            organisation.RejectionReason = null;
            organisation.ReviewedUtc = now;
            organisation.ReviewedBy = RecipeReviewer;
        }

        // Saved one by one, so the next entry's uniqueness check sees a credit code this one gave up.
        await db.SaveChangesAsync(ct);
    }

    private sealed record Model(IReadOnlyList<OrganisationEntry> Organisations);
}

internal sealed record OrganisationEntry(
    string Id,
    string Kind,
    string Name,
    string CreditCode,
    string ContactName,
    string ContactMobile,
    string ContactEmail,
    string? Culture = null);
