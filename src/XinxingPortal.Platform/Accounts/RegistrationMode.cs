namespace XinxingPortal.Platform.Accounts;

/// <summary>Whether people may create their own accounts on a tenant (recipe <c>settings.registration</c>).</summary>
internal enum RegistrationMode
{
    /// <summary>Only administrators create accounts, by invitation.</summary>
    Off,

    /// <summary>Anyone registers; the account works once the email address is confirmed.</summary>
    Open,

    /// <summary>Anyone registers and confirms the address; an administrator then approves the account.</summary>
    Approval,
}

/// <summary>The platform's account settings, stored as the "Accounts" module settings document.</summary>
internal sealed record AccountSettings(RegistrationMode Registration = RegistrationMode.Off)
{
    public const string Key = "Accounts";
}
