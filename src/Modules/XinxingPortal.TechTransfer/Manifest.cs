using XinxingPortal.Abstractions.Modules;

[assembly: Module(XinxingPortal.TechTransfer.TechTransferFeature.Id, "TechTransfer",
    Description = "科技成果转化: technology demands, research outcomes, 揭榜挂帅 challenges, moderation and matching.",
    Startup = typeof(XinxingPortal.TechTransfer.Startup))]
[assembly: Feature(XinxingPortal.TechTransfer.TechTransferFeature.Id, "TechTransfer", Category = "Content",
    Dependencies = ["XinxingPortal.Core", "XinxingPortal.Media"])]
