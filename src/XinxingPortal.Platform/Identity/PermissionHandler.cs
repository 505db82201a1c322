using Microsoft.AspNetCore.Authorization;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Identity;

/// <summary>
/// Grants a permission held through a role (Administrator holds all), but only while the permission's
/// feature is enabled for the tenant and the sign-in belongs to this tenant.
/// </summary>
internal sealed class PermissionHandler(PermissionCatalog permissions, TenantContext tenant) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var user = context.User;
        var permission = permissions.Find(requirement.Permission);
        var sameTenant = user.HasClaim(PortalClaims.Tenant, tenant.Name);
        var available = permission is not null && tenant.IsFeatureEnabled(permission.FeatureId);
        var held = user.IsInRole(PortalRoles.Administrator) || user.HasClaim(PortalClaims.Permission, requirement.Permission);
        if (sameTenant && available && held)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
