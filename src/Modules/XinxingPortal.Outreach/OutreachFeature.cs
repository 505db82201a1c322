namespace XinxingPortal.Outreach;

internal static class OutreachFeature
{
    public const string Id = "XinxingPortal.Outreach";
}
