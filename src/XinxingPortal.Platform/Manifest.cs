using XinxingPortal.Abstractions.Modules;

[assembly: Module("XinxingPortal.Platform", "Platform", Description = "Tenants, features, recipes, identity, localization.")]
[assembly: Feature(XinxingPortal.Platform.PlatformFeatures.Core, "Core", Category = "Platform", AlwaysEnabled = true)]
[assembly: Feature(XinxingPortal.Platform.PlatformFeatures.Tenants, "Tenants", Category = "Platform", DefaultTenantOnly = true,
    Dependencies = [XinxingPortal.Platform.PlatformFeatures.Core])]
