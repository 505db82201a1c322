using Microsoft.AspNetCore.Identity;
using XinxingPortal.Platform.Identity;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Accounts;

/// <summary>
/// The tokens in mailed links. Each purpose names the tenant, so a link of one tenant fails on another; each token
/// carries the user's security stamp, and every use changes the stamp, so a link works once.
/// </summary>
internal sealed class AccountTokens(UserManager<PortalUser> users, TenantContext tenant)
{
    public Task<string> IssueAsync(PortalUser user, AccountTokenKind kind, string detail = "") =>
        users.GenerateUserTokenAsync(user, ProviderOf(kind), Purpose(kind, detail));

    public async Task<bool> VerifyAsync(PortalUser user, AccountTokenKind kind, string? token, string detail = "") =>
        !string.IsNullOrEmpty(token) && token.Length < 2048 &&
        await users.VerifyUserTokenAsync(user, ProviderOf(kind), Purpose(kind, detail), token);

    /// <summary>Finds the user a link names; null for an unknown or malformed id (treated like a bad token).</summary>
    public async Task<PortalUser?> UserOfLinkAsync(string? userId) =>
        string.IsNullOrEmpty(userId) || userId.Length > 64 ? null : await users.FindByIdAsync(userId);

    private string Purpose(AccountTokenKind kind, string detail) => $"{kind}:{tenant.Name}:{detail}";

    private static string ProviderOf(AccountTokenKind kind) =>
        kind is AccountTokenKind.Invitation or AccountTokenKind.ConfirmEmail ? LongLivedTokenProvider.ProviderName : TokenOptions.DefaultProvider;
}

internal enum AccountTokenKind
{
    Invitation,
    ResetPassword,
    ConfirmEmail,
    ChangeEmail,
}
