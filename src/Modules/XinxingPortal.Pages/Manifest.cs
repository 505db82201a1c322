using XinxingPortal.Abstractions.Modules;

[assembly: Module(XinxingPortal.Pages.PagesFeature.Id, "Pages", Description = "Institutional pages: 机构概况, 机构职能, 联系我们, 无障碍声明, 隐私政策.",
    Startup = typeof(XinxingPortal.Pages.Startup))]
[assembly: Feature(XinxingPortal.Pages.PagesFeature.Id, "Pages", Category = "Content", Dependencies = ["XinxingPortal.Core"])]
