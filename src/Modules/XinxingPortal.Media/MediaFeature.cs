namespace XinxingPortal.Media;

internal static class MediaFeature
{
    public const string Id = "XinxingPortal.Media";
}
