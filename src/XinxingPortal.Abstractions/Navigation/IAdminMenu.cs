using System.Security.Claims;

namespace XinxingPortal.Abstractions.Navigation;

/// <summary>The admin menu of the current tenant as one user may see it, and the account links of its enabled features.</summary>
public interface IAdminMenu
{
    Task<IReadOnlyList<AdminMenuItem>> ForAsync(ClaimsPrincipal user);

    IReadOnlyList<AccountLink> AccountLinks();
}
