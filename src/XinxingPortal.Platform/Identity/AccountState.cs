namespace XinxingPortal.Platform.Identity;

/// <summary>Where an account stands. Only an <see cref="Active"/> account signs in.</summary>
internal enum AccountState
{
    Active = 0,

    /// <summary>Created by an administrator or a recipe; the person has not yet set a password from the invitation.</summary>
    Invited = 1,

    /// <summary>Registered; waits for the person to follow the confirmation link.</summary>
    AwaitingEmail = 2,

    /// <summary>Registered and confirmed; waits for an administrator (registration "open with approval").</summary>
    AwaitingApproval = 3,

    Disabled = 4,
}
