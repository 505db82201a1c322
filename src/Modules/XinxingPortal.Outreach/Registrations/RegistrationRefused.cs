namespace XinxingPortal.Outreach.Registrations;

/// <summary>A sign-up that cannot be taken; the message is a localizable msgid, with an optional number for {0}.</summary>
internal sealed class RegistrationRefused(string message, int? number = null) : Exception(message)
{
    public int? Number { get; } = number;
}
