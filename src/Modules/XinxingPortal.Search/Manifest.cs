using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Abstractions.Search;

[assembly: Module(SearchFeature.Id, "Search", Description = "站内搜索: one box on every page, Chinese word cutting, facets by column, type and year, synonyms and hot searches.",
    Startup = typeof(XinxingPortal.Search.Startup))]
[assembly: Feature(SearchFeature.Id, "Search", Category = "Content", Dependencies = ["XinxingPortal.Core"])]
