namespace XinxingPortal.TechTransfer.Listings;

/// <summary>The plan's 十大产业 plus 现代农业, 生态环境 and 医疗健康. Stored by name.</summary>
internal enum TechField
{
    CoalChemical,        // 煤化工
    NewEnergy,           // 新能源
    Metallurgy,          // 金属冶炼
    Silicon,             // 硅基
    Equipment,           // 装备制造
    AgriProcessing,      // 农副产品精深加工
    BuildingMaterials,   // 建材和石材
    Garments,            // 服装加工
    CulturalTourism,     // 文化旅游
    Commerce,            // 商贸流通
    ModernAgriculture,   // 现代农业
    Ecology,             // 生态环境
    Health,              // 医疗健康
}
