using System.Security.Claims;

namespace XinxingPortal.Abstractions.Navigation;

/// <summary>The admin menu of the current tenant as one user may see it.</summary>
public interface IAdminMenu
{
    Task<IReadOnlyList<AdminMenuItem>> ForAsync(ClaimsPrincipal user);
}
