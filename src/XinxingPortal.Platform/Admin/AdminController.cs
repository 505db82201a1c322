using Microsoft.AspNetCore.Mvc;
using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.Platform.Admin;

[Route("admin")]
[RequirePermission(CorePermissions.AccessAdmin)]
internal sealed class AdminController(AdminMenu menu) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await menu.ForAsync(User));
}
