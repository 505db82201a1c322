using XinxingPortal.Abstractions.Modules;
using XinxingPortal.TechTransfer;

[assembly: Module(TechTransferFeature.Id, "TechTransfer",
    Description = "科技成果转化: technology demands, research outcomes, 揭榜挂帅 challenges, moderation and matching.",
    Startup = typeof(XinxingPortal.TechTransfer.Startup))]

// One module, five features: they share the organisations register, the tables and the PO files, and modules may not
// reference each other, so separate modules would have to copy the organisation. A recipe enables what the site needs.
[assembly: Feature(TechTransferFeature.Id, "TechTransfer: organisations", Category = "Content",
    Dependencies = ["XinxingPortal.Core", "XinxingPortal.Media"])]
[assembly: Feature(TechTransferFeature.Listings, "TechTransfer: outcomes and demands", Category = "Content",
    Dependencies = [TechTransferFeature.Id])]
[assembly: Feature(TechTransferFeature.Challenges, "TechTransfer: 揭榜挂帅 challenges", Category = "Content",
    Dependencies = [TechTransferFeature.Id])]
[assembly: Feature(TechTransferFeature.Threads, "TechTransfer: 意向洽谈 threads", Category = "Content",
    Dependencies = [TechTransferFeature.Listings])]
[assembly: Feature(TechTransferFeature.Matching, "TechTransfer: matching", Category = "Content",
    Dependencies = [TechTransferFeature.Listings])]
