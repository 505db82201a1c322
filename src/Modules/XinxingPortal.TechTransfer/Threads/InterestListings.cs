using XinxingPortal.Abstractions.Workflow;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>A public listing, as far as expressing interest in it is concerned.</summary>
internal sealed record InterestListing(ListingKind Kind, string Id, string Title, string OrganisationId, bool Expired);

/// <summary>Finds the outcomes and demands that are public (approved); anything else does not exist for the market.</summary>
internal sealed class InterestListings(IPortalDb db, TimeProvider time)
{
    public async Task<InterestListing?> FindAsync(ListingKind kind, string id, CancellationToken ct)
    {
        if (id.Length is 0 or > 64)
        {
            return null;
        }

        switch (kind)
        {
            case ListingKind.Outcome:
                return await db.Set<Outcome>().AsNoTracking().Where(o => o.Id == id && o.Status == ReviewState.Published)
                    .Select(o => new InterestListing(kind, o.Id, o.Title, o.OrganisationId, false)).FirstOrDefaultAsync(ct);
            case ListingKind.Demand:
                var demand = await db.Set<Demand>().AsNoTracking().Where(d => d.Id == id && d.Status == ReviewState.Published)
                    .Select(d => new { d.Id, d.Title, d.OrganisationId, d.ValidUntil }).FirstOrDefaultAsync(ct);
                // 有效期 is the last Beijing day the demand is shown; after it, the demand takes no more interest.
                return demand is null ? null : new InterestListing(kind, demand.Id, demand.Title, demand.OrganisationId, demand.ValidUntil < time.BeijingToday());
            default:
                return null;
        }
    }
}
