using XinxingPortal.Abstractions.Workflow;
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

    public static string Of(ReviewState status) => status switch
    {
        ReviewState.InReview => "Waiting for review",
        ReviewState.Published => "Approved",
        ReviewState.Returned => "Returned for changes",
        _ => "Rejected",
    };
}
