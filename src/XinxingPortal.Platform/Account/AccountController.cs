using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Platform.Identity;

namespace XinxingPortal.Platform.Account;

[Route("account")]
internal sealed class AccountController(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IAdminMenu menu, IStringLocalizer<AccountController> t) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var result = await signIn.PasswordSignInAsync(input.UserName, input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl! : await LandingAsync(input.UserName));
        }

        ModelState.AddModelError("", result.IsLockedOut
            ? t["Too many failed attempts. The account is locked for a while; try again later."]
            : t["The user name or password is wrong."]);
        return View(input);
    }

    /// <summary>Staff land in the admin; other users on their first account page (such as the market workspace), or home.</summary>
    private async Task<string> LandingAsync(string userName)
    {
        var user = await users.FindByNameAsync(userName);
        var principal = user is null ? null : await signIn.CreateUserPrincipalAsync(user);
        if (principal is not null && (await menu.ForAsync(principal)).Count > 0)
        {
            return Url.Content("~/admin");
        }

        return Url.Content(menu.AccountLinks().FirstOrDefault()?.Url ?? "~/");
    }

    [HttpPost("logout")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect(Url.Content("~/"));
    }

    [Authorize]
    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [Authorize]
    [HttpPost("password")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
            if (result.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
                TempData["Message"] = t["Your password has been changed."].Value;
                return RedirectToAction(nameof(ChangePassword));
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", t[error.Description]);
            }
        }

        return View(input);
    }

    [HttpGet("denied")]
    public IActionResult Denied() => View();
}
