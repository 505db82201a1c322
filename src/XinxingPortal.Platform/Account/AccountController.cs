using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Abstractions.Tenants;
using XinxingPortal.Platform.Identity;

namespace XinxingPortal.Platform.Account;

[Route("account")]
internal sealed class AccountController(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IAdminMenu menu, IStringLocalizer<AccountController> t,
    SignInThrottle throttle, ITenantContext tenant) : Controller
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

        // Throttled by the name typed and the address, before any lookup: the answer is the same whether the
        // account exists or not, and nobody can lock an account by failing on purpose.
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await throttle.WaitBeforeTryingAsync(tenant.Name, input.UserName, address) is { } wait)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            ModelState.AddModelError("", t["Too many failed sign-ins. Wait {0} minutes, then try again.", minutes]);
            return View(input);
        }

        var result = await CheckPasswordAsync(input.UserName, input.Password);
        if (result.Succeeded)
        {
            await throttle.SucceededAsync(tenant.Name, input.UserName, address);
            return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl! : await LandingAsync(input.UserName));
        }

        await throttle.FailedAsync(tenant.Name, input.UserName, address);
        ModelState.AddModelError("", t["The user name or password is wrong."]);
        return View(input);
    }

    /// <summary>
    /// An unknown name costs one password hash too, so the time taken does not tell which names exist. No lockout
    /// counter is kept (the throttle does that job); a user disabled by an administrator fails like a wrong password.
    /// </summary>
    private async Task<Microsoft.AspNetCore.Identity.SignInResult> CheckPasswordAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new PortalUser(), DecoyHash.Value, password);
            return Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }

        return await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
    }

    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString("N")));

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
        // A new security stamp ends this cookie everywhere it was copied (and the user's other sessions): the
        // stamp is checked on every request, so a replayed cookie no longer opens anything.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

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
