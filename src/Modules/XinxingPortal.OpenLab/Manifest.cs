using XinxingPortal.Abstractions.Modules;

[assembly: Module(XinxingPortal.OpenLab.OpenLabFeature.Id, "OpenLab",
    Description = "开放实验室 / 大型科研仪器共享: labs, instruments, booking and sharing statistics.", Startup = typeof(XinxingPortal.OpenLab.Startup))]
[assembly: Feature(XinxingPortal.OpenLab.OpenLabFeature.Id, "OpenLab", Category = "Content", Dependencies = ["XinxingPortal.Core"])]
