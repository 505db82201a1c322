namespace XinxingPortal.TechTransfer;

internal static class TechTransferFeature
{
    public const string Id = "XinxingPortal.TechTransfer";
}
