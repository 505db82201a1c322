using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Challenges;

/// <summary>The name of each 所属领域 as an English msgid.</summary>
internal static class FieldNames
{
    public static string Of(TechField field) => field switch
    {
        TechField.CoalChemical => "Coal chemicals",
        TechField.NewEnergy => "New energy",
        TechField.Metallurgy => "Metal smelting",
        TechField.Silicon => "Silicon industry",
        TechField.Equipment => "Equipment manufacturing",
        TechField.AgriProcessing => "Farm produce processing",
        TechField.BuildingMaterials => "Building materials and stone",
        TechField.Garments => "Garment making",
        TechField.CulturalTourism => "Culture and tourism",
        TechField.Commerce => "Trade and logistics",
        TechField.ModernAgriculture => "Modern agriculture",
        TechField.Ecology => "Ecology and environment",
        _ => "Health and medicine",
    };
}
