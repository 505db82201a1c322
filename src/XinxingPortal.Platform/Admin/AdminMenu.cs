using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Admin;

/// <summary>The admin menu a user sees: entries of enabled features whose permission the user holds.</summary>
internal sealed class AdminMenu(IEnumerable<INavigationProvider> providers, TenantContext tenant, IAuthorizationService authorization) : IAdminMenu
{
    public async Task<IReadOnlyList<AdminMenuItem>> ForAsync(ClaimsPrincipal user)
    {
        var visible = new List<AdminMenuItem>();
        foreach (var item in providers.SelectMany(p => p.GetAdminMenu()).OrderBy(i => i.Position))
        {
            if (tenant.IsFeatureEnabled(item.FeatureId) &&
                (await authorization.AuthorizeAsync(user, RequirePermissionAttribute.PolicyPrefix + item.Permission)).Succeeded)
            {
                visible.Add(item);
            }
        }

        return visible;
    }

    public IReadOnlyList<AccountLink> AccountLinks() =>
        [.. providers.SelectMany(p => p.GetAccountLinks()).Where(l => tenant.IsFeatureEnabled(l.FeatureId))];
}
