using XinxingPortal.Abstractions.Modules;

[assembly: Module(XinxingPortal.Policies.PoliciesFeature.Id, "Policies",
    Description = "政策文件、通知公告、政策解读 with government information-disclosure metadata and review.",
    Startup = typeof(XinxingPortal.Policies.Startup))]
[assembly: Feature(XinxingPortal.Policies.PoliciesFeature.Id, "Policies", Category = "Content", Dependencies = ["XinxingPortal.Core"])]
