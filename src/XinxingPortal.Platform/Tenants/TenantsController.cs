using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Platform.Recipes;

namespace XinxingPortal.Platform.Tenants;

[Route("admin/tenants")]
[RequireFeature(PlatformFeatures.Tenants)]
[RequirePermission(CorePermissions.ManageTenants)]
internal sealed class TenantsController(TenantAdministration tenants, RecipeCatalog recipes, IStringLocalizer<TenantsController> t) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(tenants.List());

    [HttpGet("create")]
    public IActionResult Create()
    {
        return View(new CreateTenantInput { Recipes = recipes.Names() });
    }

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(CreateTenantInput input, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await tenants.CreateAsync(input.ToSettings(), new AdminAccount(input.AdminUserName, input.AdminEmail, input.AdminPassword), ct);
                TempData["Message"] = t["Tenant {0} was created.", input.Name].Value;
                return RedirectToAction(nameof(Index));
            }
            catch (Exception ex) when (ex is TenantException or RecipeException)
            {
                ModelState.AddModelError("", ex.Message);
            }
        }

        input.Recipes = recipes.Names();
        return View(input);
    }

    [HttpPost("{name}/disable")]
    [ValidateAntiForgeryToken]
    public IActionResult Disable(string name) => Act(() => tenants.Disable(name), t["Tenant {0} was disabled.", name]);

    [HttpPost("{name}/enable")]
    [ValidateAntiForgeryToken]
    public IActionResult Enable(string name) => Act(() => tenants.Enable(name), t["Tenant {0} was enabled.", name]);

    [HttpGet("{name}/remove")]
    public IActionResult ConfirmRemove(string name) => tenants.List().FirstOrDefault(t => t.Name == name) is { } tenant ? View(tenant) : NotFound();

    [HttpPost("{name}/remove")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Remove(string name, CancellationToken ct)
    {
        try
        {
            await tenants.RemoveAsync(name, ct);
            TempData["Message"] = t["Tenant {0} was removed.", name].Value;
        }
        catch (TenantException ex)
        {
            TempData["Error"] = ex.Message;
        }

        return RedirectToAction(nameof(Index));
    }

    private RedirectToActionResult Act(Action action, LocalizedString done)
    {
        try
        {
            action();
            TempData["Message"] = done.Value;
        }
        catch (TenantException ex)
        {
            TempData["Error"] = ex.Message;
        }

        return RedirectToAction(nameof(Index));
    }
}
