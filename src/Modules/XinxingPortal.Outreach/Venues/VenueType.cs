namespace XinxingPortal.Outreach.Venues;

/// <summary>The categories of 科普教育基地.</summary>
internal enum VenueType
{
    /// <summary>科技场馆.</summary>
    ScienceCentre,

    /// <summary>教育科研与重大工程.</summary>
    ResearchAndEngineering,

    /// <summary>三农.</summary>
    Agriculture,

    /// <summary>企业.</summary>
    Enterprise,

    /// <summary>自然资源.</summary>
    NaturalResources,

    /// <summary>其他.</summary>
    Other,
}
