using XinxingPortal.Abstractions.Modules;

[assembly: Module(XinxingPortal.Media.MediaFeature.Id, "Media",
    Description = "Images shared by every module: checked by content, stripped of metadata, served in WebP and JPEG at several widths.",
    Startup = typeof(XinxingPortal.Media.Startup))]
[assembly: Feature(XinxingPortal.Media.MediaFeature.Id, "Media", Category = "Content", Dependencies = ["XinxingPortal.Core"])]
