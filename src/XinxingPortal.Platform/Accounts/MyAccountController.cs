using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Accounts;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Identity;

namespace XinxingPortal.Platform.Accounts;

/// <summary>The signed-in person's own page: their records in each module, their address, their data (个人信息保护法).</summary>
[Authorize]
[Route("account")]
internal sealed class MyAccountController(
    UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AccountTokens tokens, AccountMail mail, PersonalData personal,
    AdminGuard guard, PortalDbContext db, IAuditLog audit, ICultureLinks links, IStringLocalizer<MyAccountController> t) : Controller
{
    private static readonly JsonSerializerOptions JsonFile = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var holder = HolderOf(user);
        var sections = new List<AccountSection>();
        foreach (var section in personal.Sections)
        {
            if (await section.ForAsync(holder, ct) is { } shown)
            {
                sections.Add(shown);
            }
        }

        return View(new MyAccountModel(user.UserName!, user.DisplayName, user.Email, user.EmailConfirmed, user.PhoneNumber,
            [.. await users.GetRolesAsync(user)], sections));
    }

    [HttpGet("email")]
    public IActionResult ChangeEmail() => View(new ChangeEmailInput());

    [HttpPost("email")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ChangeEmail(ChangeEmailInput input, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var email = input.NewEmail.Trim();
        var normalized = users.NormalizeEmail(email);
        if (users.Users.Any(u => u.NormalizedEmail == normalized && u.Id != user.Id))
        {
            ModelState.AddModelError(nameof(input.NewEmail), t["Another account uses this address."]);
            return View(input);
        }

        await mail.ChangeEmailAsync(user, email);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["We have sent a link to the new address. Your address changes when you follow it."].Value;
        return Redirect(links.Link(links.CurrentCulture, "/account"));
    }

    [AllowAnonymous]
    [HttpGet("email/confirm")]
    public async Task<IActionResult> ConfirmEmail(string? user, string? email, string? token, CancellationToken ct)
    {
        var person = await tokens.UserOfLinkAsync(user);
        if (person is null || string.IsNullOrEmpty(email) || email.Length > 256 ||
            !await tokens.VerifyAsync(person, AccountTokenKind.ChangeEmail, token, email.ToUpperInvariant()))
        {
            Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest;
            return View("LinkSpent");
        }

        var wasUserName = string.Equals(person.UserName, person.Email, StringComparison.OrdinalIgnoreCase);
        audit.Record("account.email-changed", person.UserName!, $"{person.Email} → {email}");
        person.Email = email;
        person.NormalizedEmail = users.NormalizeEmail(email);
        person.EmailConfirmed = true;
        if (wasUserName)
        {
            // People who registered sign in with their address; it moves with it.
            await users.SetUserNameAsync(person, email);
        }

        await users.UpdateSecurityStampAsync(person);
        TempData["Message"] = t["Your email address has been changed."].Value;
        return Redirect(links.Link(links.CurrentCulture, User.Identity?.IsAuthenticated == true ? "/account" : "/account/login"));
    }

    /// <summary>Everything the portal holds about the person, as one JSON file.</summary>
    [HttpGet("data")]
    public async Task<IActionResult> Download(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var holder = HolderOf(user);
        var parts = new Dictionary<string, object>
        {
            ["account"] = new
            {
                user.UserName, user.DisplayName, user.Email, user.EmailConfirmed, Mobile = user.PhoneNumber, user.Culture,
                Created = BeijingTime.Offset(user.CreatedUtc),
                LastSignIn = user.LastSignInUtc is { } last ? BeijingTime.Offset(last) : (DateTimeOffset?)null,
                Roles = await users.GetRolesAsync(user),
            },
        };
        foreach (var source in personal.Sources)
        {
            parts[source.Key] = await source.ExportAsync(holder, ct);
        }

        // A read changes nothing, not even the audit log: a GET must be safe to repeat and to prefetch.
        Response.Headers.CacheControl = "no-store";
        return File(JsonSerializer.SerializeToUtf8Bytes(parts, JsonFile), "application/json", "my-data.json");
    }

    [HttpGet("delete")]
    public async Task<IActionResult> Delete() =>
        await users.GetUserAsync(User) is { } user ? View(await DeleteModelAsync(user, new DeleteAccountInput())) : Challenge();

    [HttpPost("delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(DeleteAccountInput input, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var model = await DeleteModelAsync(user, input);
        if (model.LastAdministrator)
        {
            ModelState.AddModelError("", t["You are the last administrator; give the role to someone else first."]);
        }
        else if (ModelState.IsValid && !await users.CheckPasswordAsync(user, input.Password))
        {
            ModelState.AddModelError(nameof(input.Password), t["The password is wrong."]);
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var source in personal.Sources)
        {
            await source.EraseAsync(HolderOf(user), ct);
        }

        audit.Record("account.deleted", user.Id, t["Deleted by its holder."].Value);
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", deleted.Errors.Select(e => e.Description)));
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await signIn.SignOutAsync();
        TempData["Message"] = t["Your account and your personal data have been deleted."].Value;
        return Redirect(links.Link(links.CurrentCulture, "/account/deleted"));
    }

    [AllowAnonymous]
    [HttpGet("deleted")]
    public IActionResult Deleted() => View();

    private async Task<DeleteAccountModel> DeleteModelAsync(PortalUser user, DeleteAccountInput input) => new(
        input,
        [t["The audit log keeps that an account was deleted, without your name or address."].Value, .. personal.Sources.SelectMany(s => s.KeptAfterErasure)],
        await guard.IsLastAdministratorAsync(user));

    private static AccountHolder HolderOf(PortalUser user) => new(user.Id, user.UserName!, user.EmailConfirmed ? user.Email : null);
}
