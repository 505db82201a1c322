using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Email;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Platform.Identity;

namespace XinxingPortal.Platform.Accounts;

/// <summary>The account mail: written in the person's language, with a link that carries a one-time token.</summary>
internal sealed class AccountMail(
    AccountTokens tokens, IEmailOutbox outbox, ICultureLinks links, ISiteSettingsStore settings, IStringLocalizer<AccountMail> t)
{
    public async Task InvitationAsync(PortalUser user)
    {
        var link = Link(user, "/account/activate", await tokens.IssueAsync(user, AccountTokenKind.Invitation));
        await SendAsync(user, user.Email!, "You are invited to {0}",
            "An administrator has created an account for you on {0}. Your user name is {1}.\n\nSet your password here (the link works once, for 3 days):\n{2}\n",
            user.UserName!, link);
    }

    public async Task ResetAsync(PortalUser user)
    {
        var link = Link(user, "/account/reset", await tokens.IssueAsync(user, AccountTokenKind.ResetPassword));
        await SendAsync(user, user.Email!, "Reset your password on {0}",
            "Someone asked to reset the password of the account {1} on {0}. If it was you, choose a new password here (the link works once, for 2 hours):\n{2}\n\nIf it was not you, ignore this message; your password stays as it is.\n",
            user.UserName!, link);
    }

    public async Task ConfirmRegistrationAsync(PortalUser user)
    {
        var link = Link(user, "/account/confirm", await tokens.IssueAsync(user, AccountTokenKind.ConfirmEmail));
        await SendAsync(user, user.Email!, "Confirm your email address for {0}",
            "Thank you for registering on {0} as {1}. Confirm that this address is yours here (the link works once, for 3 days):\n{2}\n",
            user.UserName!, link);
    }

    public async Task ChangeEmailAsync(PortalUser user, string newEmail)
    {
        var token = await tokens.IssueAsync(user, AccountTokenKind.ChangeEmail, newEmail.ToUpperInvariant());
        var link = Link(user, "/account/email/confirm", token) + "&email=" + Uri.EscapeDataString(newEmail);
        await SendAsync(user, newEmail, "Confirm your new email address for {0}",
            "The account {1} on {0} asked to use this address from now on. Confirm it here (the link works once, for 2 hours):\n{2}\n",
            user.UserName!, link);
    }

    /// <summary>Someone registered with an address that already has an account: its holder learns it, the form says nothing.</summary>
    public async Task AlreadyRegisteredAsync(PortalUser user, string typedAddress) =>
        await SendAsync(user, typedAddress, "An account on {0} already uses this address",
            "Someone tried to register on {0} with this email address, which already belongs to the account {1}. If it was you and you forgot your password, reset it here:\n{2}\n\nIf it was not you, ignore this message.\n",
            user.UserName!, links.Absolute(user.Culture, "/account/forgot"));

    /// <summary>Tells a person whose registration waited for approval that they can now sign in.</summary>
    public async Task ApprovedAsync(PortalUser user) =>
        await SendAsync(user, user.Email!, "Your account on {0} is ready",
            "An administrator has approved your account {1} on {0}. You can sign in here:\n{2}\n",
            user.UserName!, links.Absolute(user.Culture, "/account/login"));

    private string Link(PortalUser user, string path, string token) =>
        links.Absolute(user.Culture, path) + "?user=" + Uri.EscapeDataString(user.Id) + "&token=" + Uri.EscapeDataString(token);

    private async Task SendAsync(PortalUser user, string to, string subject, string body, string userName, string link)
    {
        var site = (await settings.GetAsync()).SiteName;
        outbox.EnqueueIn(user.Culture, () => new EmailMessage(to, t[subject, site], t[body, site, userName, link]));
    }
}
