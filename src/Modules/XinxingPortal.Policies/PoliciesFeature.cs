namespace XinxingPortal.Policies;

internal static class PoliciesFeature
{
    public const string Id = "XinxingPortal.Policies";
}
