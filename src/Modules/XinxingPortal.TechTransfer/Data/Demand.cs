using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Data;

/// <summary>技术需求: what an enterprise needs. Leaves the public lists after <see cref="ValidUntil"/>.</summary>
internal sealed class Demand : Listing
{
    public string Title { get; set; } = "";
    public TechField Field { get; set; }
    public DemandType Type { get; set; }
    public string Description { get; set; } = "";

    /// <summary>预算 in yuan; both null means 面议.</summary>
    public long? BudgetMinYuan { get; set; }
    public long? BudgetMaxYuan { get; set; }

    /// <summary>The lowest TRL the enterprise can use; null when any will do.</summary>
    public int? RequiredTrl { get; set; }

    /// <summary>有效期: the last day (Beijing time) the demand is shown.</summary>
    public DateOnly ValidUntil { get; set; }

    public CooperationModes Modes { get; set; }
    public string ContactName { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public string ContactEmail { get; set; } = "";
}
