namespace XinxingPortal.OpenLab;

internal static class OpenLabFeature
{
    public const string Id = "XinxingPortal.OpenLab";
}
