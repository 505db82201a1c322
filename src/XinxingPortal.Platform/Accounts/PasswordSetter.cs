using Microsoft.AspNetCore.Identity;
using XinxingPortal.Platform.Identity;

namespace XinxingPortal.Platform.Accounts;

/// <summary>
/// Sets a password once a mailed link's token has been checked. Identity's reset checks the password policy before
/// changing anything and renews the security stamp, which spends the link and signs out every other session.
/// </summary>
internal sealed class PasswordSetter(UserManager<PortalUser> users)
{
    public async Task<IdentityResult> SetAsync(PortalUser user, string password)
    {
        var reset = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, reset, password);
        if (result.Succeeded)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        return result;
    }
}
