namespace XinxingPortal.Pages;

internal static class PagesFeature
{
    public const string Id = "XinxingPortal.Pages";
}
