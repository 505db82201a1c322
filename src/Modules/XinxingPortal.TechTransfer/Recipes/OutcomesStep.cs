using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Recipes;

/// <summary>Seeds 科技成果 by id, approved unless the entry says otherwise.</summary>
internal sealed class OutcomesStep(IPortalDb db, TimeProvider time) : IRecipeStepHandler
{
    private const int MaxKeywords = 3;

    public string StepName => "outcomes";
    public string FeatureId => TechTransferFeature.Listings;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        var check = new EntryChecks(context);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var writer = new ListingWriter(db, time);
        for (var i = 0; i < model.Outcomes.Count; i++)
        {
            var e = model.Outcomes[i];
            var at = $".outcomes[{i}]";
            check.Id(at, e.Id, ids);
            check.Texts(at, e);
            check.Short(at + ".title", e.Title);
            await check.OrganisationAsync(at + ".organisation", e.Organisation, db, cancellationToken);
            var field = check.Name<TechField>(at + ".field", e.Field);
            if (e.Keywords.Count > MaxKeywords)
            {
                throw context.Error(at + ".keywords", $"at most {MaxKeywords} keywords");
            }

            check.Trl(at + ".trl", e.Trl);
            var modes = check.Modes(at + ".modes", e.Modes);
            check.NotNegative(at + ".priceYuan", e.PriceYuan);
            var status = check.Status(at, e.Status, e.ReviewComment);

            var outcome = await writer.FindOrAddAsync<Outcome>(e.Id, cancellationToken);
            outcome.OrganisationId = e.Organisation;
            outcome.Title = e.Title.Trim();
            outcome.Field = field;
            outcome.Keywords = [.. e.Keywords.Select(k => k.Trim())];
            outcome.Trl = e.Trl;
            outcome.Modes = modes;
            outcome.Patents = [.. (e.Patents ?? []).Select(p => p.Trim())];
            outcome.PriceYuan = e.PriceYuan;
            outcome.Summary = e.Summary.Trim();
            outcome.Indicators = e.Indicators.Trim();
            outcome.Holder = e.Holder.Trim();
            outcome.ContactName = e.ContactName.Trim();
            outcome.ContactPhone = e.ContactPhone.Trim();
            outcome.ContactEmail = e.ContactEmail.Trim();
            outcome.ImageIds = [.. (e.Images ?? []).Select(MediaKeys.IdFor)];
            writer.Finish(outcome, status, e.ReviewComment, e.PublishedOn);
        }
    }

    private sealed record Model(IReadOnlyList<OutcomeEntry> Outcomes);
}

/// <summary>An outcome as a recipe writes it; no price means 面议, no status means approved.</summary>
internal sealed record OutcomeEntry(
    string Id,
    string Organisation,
    string Title,
    string Field,
    IReadOnlyList<string> Keywords,
    int Trl,
    IReadOnlyList<string> Modes,
    string Summary,
    string Indicators,
    string Holder,
    string ContactName,
    string ContactPhone,
    string ContactEmail,
    IReadOnlyList<string>? Patents = null,
    long? PriceYuan = null,
    IReadOnlyList<string>? Images = null,
    string? Status = null,
    string? ReviewComment = null,
    DateOnly? PublishedOn = null);
