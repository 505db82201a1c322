namespace XinxingPortal.Abstractions.Security;

/// <summary>Rate-limiting policies the platform registers for modules to use with <c>[EnableRateLimiting]</c>.</summary>
public static class RateLimits
{
    /// <summary>Public forms (registrations, enquiries): a few posts per minute per client address.</summary>
    public const string PublicForms = "public-forms";
}
