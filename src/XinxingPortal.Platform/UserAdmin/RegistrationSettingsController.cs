using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Platform.Accounts;

namespace XinxingPortal.Platform.UserAdmin;

/// <summary>Whether people may register on this tenant: off, open with email confirmation, or open with approval.</summary>
[Route("admin/users/settings")]
[RequirePermission(CorePermissions.ManageUsers)]
internal sealed class RegistrationSettingsController(ISiteSettingsStore settings, IAuditLog audit, IStringLocalizer<RegistrationSettingsController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await settings.GetAccountSettingsAsync(ct));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index(string? registration, CancellationToken ct)
    {
        if (!Enum.TryParse<RegistrationMode>(registration, ignoreCase: false, out var mode) || !Enum.IsDefined(mode))
        {
            ModelState.AddModelError("registration", t["Choose one of the options."]);
            return View(await settings.GetAccountSettingsAsync(ct));
        }

        // The audit entry is staged first so the settings write commits it.
        audit.Record("users.registration-settings", mode.ToString());
        await settings.SaveModuleSettingsAsync(AccountSettings.Key, new AccountSettings(mode), ct);
        TempData["Message"] = t["The registration settings have been saved."].Value;
        return RedirectToAction(nameof(Index));
    }
}
