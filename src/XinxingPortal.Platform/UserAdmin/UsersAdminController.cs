using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Platform.Accounts;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Identity;

namespace XinxingPortal.Platform.UserAdmin;

/// <summary>The tenant's users: search, invite, disable and enable, approve, assign roles. Every change is audited.</summary>
[Route("admin/users")]
[RequirePermission(CorePermissions.ManageUsers)]
internal sealed class UsersAdminController(
    UserManager<PortalUser> users, RoleManager<PortalRole> roles, UserDirectory directory, AccountMail mail, AdminGuard guard,
    ISiteSettingsStore settings, PortalDbContext db, IAuditLog audit, TimeProvider time, IStringLocalizer<UsersAdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] UserListQuery query, CancellationToken ct) =>
        View(new UserListModel(query, await directory.FindAsync(query, ct), await RoleNamesAsync(ct)));

    [HttpGet("invite")]
    public async Task<IActionResult> Invite(CancellationToken ct) => View(await InviteModelAsync(new InviteInput(), ct));

    [HttpPost("invite")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Invite(InviteInput input, CancellationToken ct)
    {
        var all = await RoleNamesAsync(ct);
        var cultures = (await settings.GetAsync(ct)).Cultures;
        input.Roles = [.. input.Roles.Where(r => r.Length > 0).Distinct()];
        if (input.Roles.Except(all).Any())
        {
            ModelState.AddModelError(nameof(input.Roles), t["Choose roles from the list."]);
        }

        if (input.Roles.Contains(PortalRoles.Administrator) && !User.IsInRole(PortalRoles.Administrator))
        {
            ModelState.AddModelError(nameof(input.Roles), t["Only an administrator gives or takes away the Administrator role."]);
        }

        if (!cultures.Contains(input.Culture))
        {
            ModelState.AddModelError(nameof(input.Culture), t["Choose one of the site's languages."]);
        }

        if (ModelState.IsValid && await users.FindByNameAsync(input.UserName) is not null)
        {
            ModelState.AddModelError(nameof(input.UserName), t["This user name is taken; choose another."]);
        }

        if (ModelState.IsValid && await users.Users.AnyAsync(u => u.NormalizedEmail == users.NormalizeEmail(input.Email), ct))
        {
            ModelState.AddModelError(nameof(input.Email), t["Another account uses this address."]);
        }

        if (!ModelState.IsValid)
        {
            return View(await InviteModelAsync(input, ct));
        }

        var user = new PortalUser
        {
            UserName = input.UserName, Email = input.Email.Trim(), DisplayName = input.DisplayName?.Trim() ?? "", Culture = input.Culture,
            State = AccountState.Invited, CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        Check(await users.CreateAsync(user));
        if (input.Roles.Count > 0)
        {
            Check(await users.AddToRolesAsync(user, input.Roles));
        }

        await mail.InvitationAsync(user);
        audit.Record("users.invited", user.UserName!, string.Join(", ", input.Roles));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Message"] = t["The invitation has been sent to {0}.", user.Email].Value;
        return RedirectToAction(nameof(Details), new { id = user.Id });
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Details(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? NotFound() : View(new UserDetailsModel(user, [.. await users.GetRolesAsync(user)], await RoleNamesAsync(ct)));
    }

    [HttpPost("{id}/roles")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Roles(string id, List<string> roles, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        var wanted = roles.Where(r => r.Length > 0).Distinct().ToList();
        var current = await users.GetRolesAsync(user);
        if (wanted.Except(await RoleNamesAsync(ct)).Any())
        {
            return Refuse(user, t["Choose roles from the list."]);
        }

        if (current.Contains(PortalRoles.Administrator) != wanted.Contains(PortalRoles.Administrator) && !User.IsInRole(PortalRoles.Administrator))
        {
            return Refuse(user, t["Only an administrator gives or takes away the Administrator role."]);
        }

        if (current.Contains(PortalRoles.Administrator) && !wanted.Contains(PortalRoles.Administrator) && await guard.IsLastAdministratorAsync(user))
        {
            return Refuse(user, t["This is the last active administrator; the role cannot be taken away."]);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (current.Except(wanted).ToList() is { Count: > 0 } remove)
        {
            Check(await users.RemoveFromRolesAsync(user, remove));
        }

        if (wanted.Except(current).ToList() is { Count: > 0 } add)
        {
            Check(await users.AddToRolesAsync(user, add));
        }

        // Roles travel in the sign-in cookie: a new stamp makes open sessions pick up the change.
        await users.UpdateSecurityStampAsync(user);
        audit.Record("users.roles-changed", user.UserName!, string.Join(", ", wanted));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Done(user, t["The roles have been saved."]);
    }

    [HttpPost("{id}/disable")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Disable(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            return Refuse(user, t["You cannot disable your own account."]);
        }

        if (await guard.IsLastAdministratorAsync(user))
        {
            return Refuse(user, t["This is the last active administrator; the account cannot be disabled."]);
        }

        user.State = AccountState.Disabled;
        audit.Record("users.disabled", user.UserName!);
        await users.UpdateSecurityStampAsync(user);
        return Done(user, t["The account has been disabled and signed out."]);
    }

    /// <summary>Enables a disabled account, or approves one that waits for approval (and tells its holder).</summary>
    [HttpPost("{id}/enable")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Enable(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (user.State is not (AccountState.Disabled or AccountState.AwaitingApproval))
        {
            return Refuse(user, t["Only a disabled account or one waiting for approval can be enabled."]);
        }

        var approving = user.State == AccountState.AwaitingApproval;
        user.State = user.PasswordHash is null ? AccountState.Invited : AccountState.Active;
        if (approving)
        {
            await mail.ApprovedAsync(user);
        }

        audit.Record(approving ? "users.approved" : "users.enabled", user.UserName!);
        Check(await users.UpdateAsync(user));
        await db.SaveChangesAsync(ct);
        return Done(user, approving ? t["The account has been approved."] : t["The account has been enabled."]);
    }

    /// <summary>Sends a new invitation, for example to an account a recipe created or whose link has expired.</summary>
    [HttpPost("{id}/invite")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Reinvite(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (user.State != AccountState.Invited || string.IsNullOrEmpty(user.Email))
        {
            return Refuse(user, t["Only an account that has not been activated can be invited."]);
        }

        await mail.InvitationAsync(user);
        audit.Record("users.invited", user.UserName!);
        await db.SaveChangesAsync(ct);
        return Done(user, t["The invitation has been sent to {0}.", user.Email]);
    }

    private RedirectToActionResult Done(PortalUser user, LocalizedString message)
    {
        TempData["Message"] = message.Value;
        return RedirectToAction(nameof(Details), new { id = user.Id });
    }

    private RedirectToActionResult Refuse(PortalUser user, LocalizedString message)
    {
        TempData["Error"] = message.Value;
        return RedirectToAction(nameof(Details), new { id = user.Id });
    }

    private async Task<InviteModel> InviteModelAsync(InviteInput input, CancellationToken ct) =>
        new(input, await RoleNamesAsync(ct), (await settings.GetAsync(ct)).Cultures);

    private async Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken ct) =>
        await roles.Roles.OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync(ct);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
