namespace XinxingPortal.Abstractions.Security;

public static class PortalClaims
{
    /// <summary>Claim type of a permission granted through a role.</summary>
    public const string Permission = "xp:permission";

    /// <summary>Claim type naming the tenant a sign-in belongs to; checked on every request.</summary>
    public const string Tenant = "xp:tenant";
}
