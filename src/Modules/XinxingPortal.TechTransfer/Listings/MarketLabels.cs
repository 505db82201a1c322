using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Listings;

/// <summary>The English msgid naming each value the market shows; views translate it with <c>T[...]</c>.</summary>
internal static class MarketLabels
{
    public static string Of(TechField field) => field switch
    {
        TechField.CoalChemical => "Coal chemicals",
        TechField.NewEnergy => "New energy",
        TechField.Metallurgy => "Metal smelting",
        TechField.Silicon => "Silicon-based materials",
        TechField.Equipment => "Equipment manufacturing",
        TechField.AgriProcessing => "Deep processing of farm products",
        TechField.BuildingMaterials => "Building materials and stone",
        TechField.Garments => "Garment processing",
        TechField.CulturalTourism => "Culture and tourism",
        TechField.Commerce => "Trade and logistics",
        TechField.ModernAgriculture => "Modern agriculture",
        TechField.Ecology => "Ecology and environment",
        _ => "Medicine and health",
    };

    public static string Of(CooperationModes mode) => mode switch
    {
        CooperationModes.Transfer => "Transfer",
        CooperationModes.Licence => "Licensing",
        CooperationModes.Equity => "Investment as equity",
        CooperationModes.Joint => "Joint implementation",
        _ => "Other",
    };

    public static string Of(DemandType type) => type switch
    {
        DemandType.Research => "Joint research (技术攻关)",
        DemandType.Acquisition => "Technology acquisition",
        DemandType.Talent => "Talent",
        _ => "Equipment",
    };

    public static string Of(ReviewStatus status) => status switch
    {
        ReviewStatus.Pending => "Waiting for review",
        ReviewStatus.Approved => "Approved",
        ReviewStatus.Returned => "Returned for changes",
        _ => "Rejected",
    };

    /// <summary>History actions as recorded by <see cref="ModerationDesk"/>.</summary>
    public static string OfAction(string action) => action switch
    {
        "Submitted" => "Submitted",
        "Resubmitted" => "Resubmitted after changes",
        nameof(ReviewStatus.Approved) => "Approved",
        nameof(ReviewStatus.Returned) => "Returned for changes",
        nameof(ReviewStatus.Rejected) => "Rejected",
        "Shortlisted" => "Shortlisted",
        "RemovedFromShortlist" => "Taken off the shortlist",
        "Selected" => "Selected as the winner",
        _ => action,
    };
}
