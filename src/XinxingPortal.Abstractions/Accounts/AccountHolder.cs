namespace XinxingPortal.Abstractions.Accounts;

/// <summary>
/// A person with an account, as a module sees them. <see cref="ConfirmedEmail"/> is null until they confirmed it:
/// records are matched by email only once the person has shown the address is theirs.
/// </summary>
public sealed record AccountHolder(string UserId, string UserName, string? ConfirmedEmail);
