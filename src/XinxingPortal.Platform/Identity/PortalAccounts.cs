using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.Platform.Identity;

internal sealed class PortalAccounts(
    UserManager<PortalUser> users, RoleManager<PortalRole> roles, SignInManager<PortalUser> signIn, IHttpContextAccessor http, TimeProvider time)
    : IPortalAccounts
{
    public string? CurrentUserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<AccountCreation> CreateAsync(string userName, string email, string password, string role, CancellationToken ct)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return Refused(("UserName", "This user name is taken; choose another."));
        }

        var user = new PortalUser { UserName = userName, Email = email, CreatedUtc = time.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Refused([.. created.Errors.Select(e => (FieldOf(e.Code), e.Description))]);
        }

        var inRole = await users.AddToRoleAsync(user, role);
        return inRole.Succeeded ? new AccountCreation(user.Id, []) : Refused([.. inRole.Errors.Select(e => ("", e.Description))]);
    }

    public async Task SignInAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");
        await signIn.SignInAsync(user, isPersistent: false);
    }

    public async Task<IReadOnlyList<string>> EmailsOfHoldersAsync(string permission, CancellationToken ct)
    {
        var holding = new List<string> { PortalRoles.Administrator };
        foreach (var role in roles.Roles.ToList())
        {
            if ((await roles.GetClaimsAsync(role)).Any(c => c.Type == PortalClaims.Permission && c.Value == permission))
            {
                holding.Add(role.Name!);
            }
        }

        var emails = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in holding.Distinct())
        {
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                if (!string.IsNullOrWhiteSpace(user.Email))
                {
                    emails.Add(user.Email);
                }
            }
        }

        return [.. emails];
    }

    private static AccountCreation Refused(params (string, string)[] problems) => new(null, problems);

    private static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
        : code.Contains("Email", StringComparison.Ordinal) ? "Email"
        : code.Contains("UserName", StringComparison.Ordinal) ? "UserName"
        : "";
}
