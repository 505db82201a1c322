using XinxingPortal.Abstractions.Modules;

[assembly: Module(XinxingPortal.Outreach.OutreachFeature.Id, "Outreach",
    Description = "科普教育基地 and 科普活动: venues, events and registration.", Startup = typeof(XinxingPortal.Outreach.Startup))]
[assembly: Feature(XinxingPortal.Outreach.OutreachFeature.Id, "Outreach", Category = "Content", Dependencies = ["XinxingPortal.Core"])]
