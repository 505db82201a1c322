using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Recipes;

/// <summary>Seeds 揭榜挂帅 challenges by id, published unless the entry says otherwise. The 公示 is never seeded.</summary>
internal sealed class ChallengesStep(IPortalDb db, TimeProvider time) : IRecipeStepHandler
{
    public string StepName => "challenges";
    public string FeatureId => TechTransferFeature.Challenges;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        var check = new EntryChecks(context);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < model.Challenges.Count; i++)
        {
            var e = model.Challenges[i];
            var at = $".challenges[{i}]";
            check.Id(at, e.Id, ids);
            check.Texts(at, e);
            check.Short(at + ".title", e.Title);
            var field = check.Name<TechField>(at + ".field", e.Field);
            check.NotNegative(at + ".fundingYuan", e.FundingYuan);

            var now = time.GetUtcNow().UtcDateTime;
            var challenge = await db.Set<Challenge>().FindAsync([e.Id], cancellationToken);
            if (challenge is null)
            {
                challenge = new Challenge { Id = e.Id, CreatedUtc = now, UpdatedUtc = now };
                db.Set<Challenge>().Add(challenge);
            }

            challenge.Title = e.Title.Trim();
            challenge.Issuer = e.Issuer.Trim();
            challenge.Field = field;
            challenge.Goal = e.Goal.Trim();
            challenge.Indicators = e.Indicators.Trim();
            challenge.FundingYuan = e.FundingYuan;
            challenge.Period = e.Period.Trim();
            challenge.Conditions = e.Conditions.Trim();
            challenge.Deadline = e.Deadline;
            challenge.Published = e.Published != false;

            // Only a real change moves UpdatedUtc, so a second run writes nothing.
            if (db.Set<Challenge>().Entry(challenge).State == EntityState.Modified)
            {
                challenge.UpdatedUtc = now;
            }
        }
    }

    private sealed record Model(IReadOnlyList<ChallengeEntry> Challenges);
}

/// <summary>A challenge as a recipe writes it; the deadline is the last day (Beijing time) applications are taken.</summary>
internal sealed record ChallengeEntry(
    string Id,
    string Title,
    string Issuer,
    string Field,
    string Goal,
    string Indicators,
    long FundingYuan,
    string Period,
    string Conditions,
    DateOnly Deadline,
    bool? Published = null);
