using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Moderation;

internal static class ListingKinds
{
    /// <summary>The name the kernel's history, audit and change feed know the kind by: its entity's type name.</summary>
    public static string TypeName(ListingKind kind) => kind switch
    {
        ListingKind.Outcome => nameof(Outcome),
        ListingKind.Demand => nameof(Demand),
        ListingKind.Challenge => nameof(Challenge),
        _ => nameof(ChallengeApplication),
    };

    public static ListingKind Of(Listing listing) => listing switch
    {
        Outcome => ListingKind.Outcome,
        Demand => ListingKind.Demand,
        _ => ListingKind.Application,
    };
}
