namespace XinxingPortal.TechTransfer.Moderation;

internal enum ListingKind
{
    Outcome,
    Demand,
    Challenge,
    Application,
}
