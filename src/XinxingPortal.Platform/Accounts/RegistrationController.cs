using XinxingPortal.Abstractions.Seo;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Identity;

namespace XinxingPortal.Platform.Accounts;

/// <summary>Self-registration for people (Member), when the tenant allows it; the address is confirmed by a mailed link.</summary>
[Route("account")]
internal sealed class RegistrationController(
    UserManager<PortalUser> users, AccountTokens tokens, AccountMail mail, ISiteSettingsStore settings, PortalDbContext db,
    IAuditLog audit, ICultureLinks links, TimeProvider time, IStringLocalizer<RegistrationController> t) : Controller
{
    [HttpGet("register")]
    public async Task<IActionResult> Register(CancellationToken ct) =>
        await ModeAsync(ct) == RegistrationMode.Off ? NotFound() : View(new RegistrationInput());

    /// <summary>
    /// An address that already has an account gets the same answer on the page, and its holder a mail saying so,
    /// so the form does not tell strangers who is registered.
    /// </summary>
    [HttpPost("register")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.PublicForms)]
    public async Task<IActionResult> Register(RegistrationInput input, CancellationToken ct)
    {
        if (await ModeAsync(ct) == RegistrationMode.Off)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var email = input.Email.Trim();
        var normalized = users.NormalizeEmail(email);
        var holder = users.Users.FirstOrDefault(u => u.NormalizedEmail == normalized || u.NormalizedUserName == users.NormalizeName(email));
        if (holder is not null)
        {
            await mail.AlreadyRegisteredAsync(holder, email);
            await db.SaveChangesAsync(ct);
            return Redirect(links.Link(links.CurrentCulture, "/account/register/sent"));
        }

        var user = new PortalUser
        {
            UserName = email, Email = email, DisplayName = input.Name.Trim(), PhoneNumber = input.Mobile, Culture = links.CurrentCulture,
            State = AccountState.AwaitingEmail, CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(input.Password) : "", t[error.Description]);
            }

            return View(input);
        }

        await users.AddToRoleAsync(user, PortalRoles.Member);
        await mail.ConfirmRegistrationAsync(user);
        audit.Record("account.registered", user.UserName!);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Redirect(links.Link(links.CurrentCulture, "/account/register/sent"));
    }

    [HttpGet("register/sent")]
    public IActionResult Sent() => View();

    [HttpGet("confirm")]
    public async Task<IActionResult> Confirm(string? user, string? token, CancellationToken ct)
    {
        var person = await tokens.UserOfLinkAsync(user);
        if (person is null || !await tokens.VerifyAsync(person, AccountTokenKind.ConfirmEmail, token))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("LinkSpent");
        }

        person.EmailConfirmed = true;
        if (person.State == AccountState.AwaitingEmail)
        {
            person.State = await ModeAsync(ct) == RegistrationMode.Approval ? AccountState.AwaitingApproval : AccountState.Active;
        }

        audit.Record("account.email-confirmed", person.UserName!);
        await users.UpdateSecurityStampAsync(person);
        HttpContext.PageHead().NoIndex();
        return View("Confirmed", person.State);
    }

    private async Task<RegistrationMode> ModeAsync(CancellationToken ct) => (await settings.GetAccountSettingsAsync(ct)).Registration;
}
