using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Identity;
using XinxingPortal.Platform.Modules;
using XinxingPortal.Platform.Recipes.Steps;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.UserAdmin;

/// <summary>
/// Roles and what they may do. The editor lists the permissions of the tenant's enabled features, grouped by feature;
/// Administrator holds every permission and is neither renamed nor deleted.
/// </summary>
[Route("admin/roles")]
[RequirePermission(CorePermissions.ManageUsers)]
internal sealed class RolesAdminController(
    RoleManager<PortalRole> roles, PermissionCatalog permissions, ModuleCatalog catalog, TenantContext tenant, PortalDbContext db,
    IAuditLog audit, IStringLocalizer<RolesAdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var claims = await db.RoleClaims.Where(c => c.ClaimType == PortalClaims.Permission).GroupBy(c => c.RoleId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var holders = await db.UserRoles.GroupBy(ur => ur.RoleId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var rows = await roles.Roles.OrderBy(r => r.Name).ToListAsync(ct);
        return View(rows.Select(r => new RoleRow(r.Id, r.Name!, r.Description,
            claims.FirstOrDefault(c => c.Key == r.Id)?.Count ?? 0, holders.FirstOrDefault(h => h.Key == r.Id)?.Count ?? 0)).ToList());
    }

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", Model(null, new RoleInput(), 0));

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(RoleInput input, CancellationToken ct)
    {
        Validate(input);
        if (ModelState.IsValid && await roles.RoleExistsAsync(input.Name))
        {
            ModelState.AddModelError(nameof(input.Name), t["A role with this name exists."]);
        }

        if (!ModelState.IsValid)
        {
            return View("Edit", Model(null, input, 0));
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await RoleWriter.UpsertAsync(roles, input.Name, input.Description ?? "", input.Permissions, m => new InvalidOperationException(m));
        audit.Record("roles.created", input.Name, string.Join(", ", input.Permissions));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Message"] = t["The role has been saved."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken ct)
    {
        if (await roles.FindByIdAsync(id) is not { } role)
        {
            return NotFound();
        }

        var granted = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PortalClaims.Permission).Select(c => c.Value).ToList();
        return View(Model(role.Id, new RoleInput { Name = role.Name!, Description = role.Description, Permissions = granted }, await HoldersAsync(role.Id, ct)));
    }

    [HttpPost("{id}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string id, RoleInput input, CancellationToken ct)
    {
        if (await roles.FindByIdAsync(id) is not { } role)
        {
            return NotFound();
        }

        if (PortalRoles.All.Contains(role.Name!))
        {
            // The code grants built-in roles by name (Member at registration, Enterprise on verification).
            input.Name = role.Name!;
        }

        if (role.Name == PortalRoles.Administrator)
        {
            // Administrator holds every permission by rule.
            input.Permissions = [];
        }

        Validate(input);
        if (ModelState.IsValid && !string.Equals(input.Name, role.Name, StringComparison.Ordinal) && await roles.FindByNameAsync(input.Name) is { } other && other.Id != role.Id)
        {
            ModelState.AddModelError(nameof(input.Name), t["A role with this name exists."]);
        }

        if (!ModelState.IsValid)
        {
            return View(Model(role.Id, input, await HoldersAsync(role.Id, ct)));
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (role.Name != input.Name)
        {
            audit.Record("roles.renamed", role.Name!, input.Name);
            role.Name = input.Name;
            await roles.UpdateAsync(role);
        }

        // Permissions of features that are off stay as they were: the editor cannot see them, so it must not drop them.
        var hidden = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PortalClaims.Permission && !Available().Any(p => p.Name == c.Value))
            .Select(c => c.Value);
        await RoleWriter.UpsertAsync(roles, role.Name!, input.Description ?? "", [.. input.Permissions, .. hidden], m => new InvalidOperationException(m));
        audit.Record("roles.changed", role.Name!, string.Join(", ", input.Permissions));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Message"] = t["The role has been saved."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string id, CancellationToken ct)
    {
        if (await roles.FindByIdAsync(id) is not { } role)
        {
            return NotFound();
        }

        if (PortalRoles.All.Contains(role.Name!))
        {
            TempData["Error"] = t["A built-in role cannot be deleted."].Value;
            return RedirectToAction(nameof(Index));
        }

        audit.Record("roles.deleted", role.Name!);
        await roles.DeleteAsync(role);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["The role has been deleted."].Value;
        return RedirectToAction(nameof(Index));
    }

    private void Validate(RoleInput input)
    {
        input.Permissions = [.. input.Permissions.Where(p => p.Length > 0).Distinct()];
        if (input.Permissions.Any(p => Available().All(a => a.Name != p)))
        {
            ModelState.AddModelError(nameof(input.Permissions), t["Choose permissions from the list."]);
        }
        else if (!User.IsInRole(PortalRoles.Administrator) && input.Permissions.Any(p => !User.HasClaim(PortalClaims.Permission, p)))
        {
            // Someone who manages users but is not an administrator cannot hand out more than they hold.
            ModelState.AddModelError(nameof(input.Permissions), t["You can only grant permissions you hold yourself."]);
        }
    }

    private IReadOnlyList<Permission> Available() => permissions.Available(tenant.EnabledFeatures);

    private RoleEditModel Model(string? id, RoleInput input, int holders)
    {
        var groups = catalog.Features.Ordered
            .Select(f => new PermissionGroup(f.Name, [.. Available().Where(p => p.FeatureId == f.Id)]))
            .Where(g => g.Permissions.Count > 0).ToList();
        return new RoleEditModel(id, input, groups, id is not null && PortalRoles.All.Contains(input.Name), holders);
    }

    private Task<int> HoldersAsync(string roleId, CancellationToken ct) => db.UserRoles.CountAsync(ur => ur.RoleId == roleId, ct);
}
