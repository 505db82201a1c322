namespace XinxingPortal.Platform;

internal static class PlatformFeatures
{
    public const string Core = "XinxingPortal.Core";
    public const string Tenants = "XinxingPortal.Tenants";
}
