namespace XinxingPortal.TechTransfer.Listings;

internal enum DemandType
{
    Research,     // 技术攻关
    Acquisition,  // 技术引进
    Talent,       // 人才
    Equipment,    // 设备
}
