using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Organisations;
using XinxingPortal.Abstractions.Tenants;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Organisations;

/// <summary>
/// Tells other modules which verified organisation an account registered (one per account today); nothing where the
/// organisations register is off for the tenant, nothing for an organisation still waiting or refused.
/// </summary>
internal sealed class OrganisationDirectory(IPortalDb db, ITenantContext tenant) : IOrganisationDirectory
{
    public async Task<IReadOnlyList<ActingOrganisation>> VerifiedForAsync(string userId, CancellationToken ct)
    {
        if (!tenant.IsFeatureEnabled(TechTransferFeature.Id) || string.IsNullOrEmpty(userId))
        {
            return [];
        }

        return await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.UserId == userId && o.Status == VerificationStatus.Verified)
            .OrderBy(o => o.Name).Select(o => new ActingOrganisation(o.Id, o.Name)).ToListAsync(ct);
    }
}
