using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Identity;

/// <summary>Rejects a cookie whose tenant claim is not the current tenant, then runs Identity's security-stamp check.</summary>
internal static class TenantCookieValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var tenant = context.HttpContext.RequestServices.GetRequiredService<TenantContext>();
        if (context.Principal?.HasClaim(PortalClaims.Tenant, tenant.CurrentTenantName) != true)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
