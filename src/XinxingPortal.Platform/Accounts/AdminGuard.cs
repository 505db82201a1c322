using Microsoft.AspNetCore.Identity;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Platform.Identity;

namespace XinxingPortal.Platform.Accounts;

/// <summary>Keeps a tenant from locking itself out: there is always one active administrator.</summary>
internal sealed class AdminGuard(UserManager<PortalUser> users)
{
    public async Task<bool> IsLastAdministratorAsync(PortalUser user)
    {
        if (!await users.IsInRoleAsync(user, PortalRoles.Administrator))
        {
            return false;
        }

        var admins = await users.GetUsersInRoleAsync(PortalRoles.Administrator);
        return admins.Count(a => a.State == AccountState.Active && a.Id != user.Id) == 0;
    }
}
