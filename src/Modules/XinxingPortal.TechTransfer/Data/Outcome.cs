using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Data;

/// <summary>科技成果: a research outcome offered for transfer.</summary>
internal sealed class Outcome : Listing
{
    public string Title { get; set; } = "";
    public TechField Field { get; set; }

    /// <summary>At most three.</summary>
    public List<string> Keywords { get; set; } = [];

    public int Trl { get; set; }
    public CooperationModes Modes { get; set; }

    /// <summary>Patent numbers (知识产权), e.g. ZL202110123456.7.</summary>
    public List<string> Patents { get; set; } = [];

    /// <summary>参考价格 in yuan; null means 面议 (price on negotiation).</summary>
    public long? PriceYuan { get; set; }

    public string Summary { get; set; } = "";
    public string Indicators { get; set; } = "";
    public string Holder { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public string ContactEmail { get; set; } = "";

    /// <summary>Media ids of its images, in order.</summary>
    public List<string> ImageIds { get; set; } = [];
}
