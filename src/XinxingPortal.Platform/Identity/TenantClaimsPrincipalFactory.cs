using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Identity;

/// <summary>Adds the tenant to every sign-in, so a cookie issued by one tenant is worthless on another.</summary>
internal sealed class TenantClaimsPrincipalFactory(
    UserManager<PortalUser> users, RoleManager<PortalRole> roles, IOptions<IdentityOptions> options, TenantContext tenant)
    : UserClaimsPrincipalFactory<PortalUser, PortalRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.Tenant, tenant.Name));
        return identity;
    }
}
