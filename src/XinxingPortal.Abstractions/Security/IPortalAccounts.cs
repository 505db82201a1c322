namespace XinxingPortal.Abstractions.Security;

/// <summary>
/// Lets a module create and sign in the current tenant's users (self-registration) without seeing the
/// platform's Identity types. Work is saved on the tenant's database context, so it can share a transaction.
/// </summary>
public interface IPortalAccounts
{
    /// <summary>
    /// Creates a user with a password and one role, or returns the reasons it cannot: English messages that are
    /// also the msgids of their translations, each with the form field it concerns.
    /// </summary>
    Task<AccountCreation> CreateAsync(string userName, string email, string password, string role, CancellationToken ct);

    Task SignInAsync(string userId);

    /// <summary>Email addresses of the users who hold a permission through a role (administrators hold them all).</summary>
    Task<IReadOnlyList<string>> EmailsOfHoldersAsync(string permission, CancellationToken ct);

    /// <summary>The signed-in user's id, or null.</summary>
    string? CurrentUserId { get; }
}

/// <summary>The new user's id, or the problems keyed by field ("UserName", "Email", "Password").</summary>
public sealed record AccountCreation(string? UserId, IReadOnlyList<(string Field, string Message)> Problems)
{
    public bool Succeeded => UserId is not null;
}
