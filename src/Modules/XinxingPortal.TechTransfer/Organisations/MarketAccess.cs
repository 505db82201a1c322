using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Organisations;

/// <summary>
/// Who the signed-in user is on the market: their organisation (if any), whether it is verified, and whether
/// they are bureau staff. Every rule about posting, contact details and private threads asks this one place.
/// </summary>
internal sealed class MarketAccess(IPortalDb db, IHttpContextAccessor http, IAuthorizationService authorization)
{
    private Organisation? organisation;
    private bool organisationLoaded;
    private bool? staff;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => User?.Identity?.Name ?? "";

    private ClaimsPrincipal? User => http.HttpContext?.User is { Identity.IsAuthenticated: true } u ? u : null;

    /// <summary>The organisation the signed-in user registered, in any state.</summary>
    public async Task<Organisation?> OrganisationAsync(CancellationToken ct)
    {
        if (!organisationLoaded)
        {
            var id = UserId;
            organisation = id is null ? null : await db.Set<Organisation>().FirstOrDefaultAsync(o => o.UserId == id, ct);
            organisationLoaded = true;
        }

        return organisation;
    }

    /// <summary>The signed-in user's organisation when the bureau has verified it; only such may post.</summary>
    public async Task<Organisation?> VerifiedOrganisationAsync(CancellationToken ct) =>
        await OrganisationAsync(ct) is { Status: VerificationStatus.Verified } o ? o : null;

    /// <summary>Bureau staff who moderate the market.</summary>
    public async Task<bool> IsStaffAsync()
    {
        staff ??= User is { } user && (await authorization.AuthorizeAsync(user, RequirePermissionAttribute.PolicyPrefix + Permissions.Moderate)).Succeeded;
        return staff.Value;
    }

    public async Task<bool> CanManageChallengesAsync() =>
        User is { } user && (await authorization.AuthorizeAsync(user, RequirePermissionAttribute.PolicyPrefix + Permissions.ManageChallenges)).Succeeded;

    /// <summary>Contact details of posters are for signed-in verified organisations and staff only.</summary>
    public async Task<bool> CanSeeContactsAsync(CancellationToken ct) =>
        await VerifiedOrganisationAsync(ct) is not null || await IsStaffAsync();
}
