using XinxingPortal.Abstractions.Seo;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Identity;

namespace XinxingPortal.Platform.Accounts;

/// <summary>"Forgot your password" and the invitation link: both end with the person choosing a password.</summary>
[Route("account")]
internal sealed class PasswordResetController(
    UserManager<PortalUser> users, AccountTokens tokens, AccountMail mail, PasswordSetter passwords, PortalDbContext db,
    IAuditLog audit, ICultureLinks links, IStringLocalizer<PasswordResetController> t) : Controller
{
    [HttpGet("forgot")]
    public IActionResult Forgot() => View(new ForgotPasswordInput());

    /// <summary>Answers the same whether or not the address has an account, so the form tells nobody who is registered.</summary>
    [HttpPost("forgot")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.PublicForms)]
    public async Task<IActionResult> Forgot(ForgotPasswordInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var normalized = users.NormalizeEmail(input.Email);
        var holders = users.Users.Where(u => u.NormalizedEmail == normalized).ToList();
        foreach (var user in holders.Where(u => u.State is AccountState.Active or AccountState.Invited))
        {
            await mail.ResetAsync(user);
        }

        await db.SaveChangesAsync();
        return Redirect(links.Link(links.CurrentCulture, "/account/forgot/sent"));
    }

    [HttpGet("forgot/sent")]
    public IActionResult Sent() => View();

    [HttpGet("reset")]
    public Task<IActionResult> Reset(string? user, string? token) => ShowAsync(user, token, AccountTokenKind.ResetPassword);

    [HttpPost("reset")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Reset(SetPasswordInput input) => SetAsync(input, AccountTokenKind.ResetPassword);

    [HttpGet("activate")]
    public Task<IActionResult> Activate(string? user, string? token) => ShowAsync(user, token, AccountTokenKind.Invitation);

    [HttpPost("activate")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Activate(SetPasswordInput input) => SetAsync(input, AccountTokenKind.Invitation);

    private async Task<IActionResult> ShowAsync(string? userId, string? token, AccountTokenKind kind)
    {
        var user = await tokens.UserOfLinkAsync(userId);
        if (user is null || !await tokens.VerifyAsync(user, kind, token))
        {
            return LinkSpent();
        }

        HttpContext.PageHead().NoIndex();
        return View("SetPassword", new SetPasswordInput { User = user.Id, Token = token!, Holder = new(user.UserName, kind == AccountTokenKind.Invitation) });
    }

    private async Task<IActionResult> SetAsync(SetPasswordInput input, AccountTokenKind kind)
    {
        var user = await tokens.UserOfLinkAsync(input.User);
        if (user is null || !await tokens.VerifyAsync(user, kind, input.Token))
        {
            return LinkSpent();
        }

        input.Holder = new(user.UserName, kind == AccountTokenKind.Invitation);
        if (!ModelState.IsValid)
        {
            return View("SetPassword", input);
        }

        var result = await passwords.SetAsync(user, input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(input.Password), t[error.Description]);
            }

            return View("SetPassword", input);
        }

        if (user.State == AccountState.Invited)
        {
            // An invited person may equally use "forgot password"; following either mailed link shows the address is theirs.
            user.EmailConfirmed = true;
            user.State = AccountState.Active;
            await users.UpdateAsync(user);
        }

        audit.Record(kind == AccountTokenKind.Invitation ? "account.activated" : "account.password-reset", user.UserName!);
        await db.SaveChangesAsync();
        TempData["Message"] = t["Your password has been set. Log in with it now."].Value;
        return Redirect(links.Link(links.CurrentCulture, "/account/login"));
    }

    private ViewResult LinkSpent()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("LinkSpent");
    }
}
