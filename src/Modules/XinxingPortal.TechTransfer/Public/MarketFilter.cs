using XinxingPortal.Abstractions.Paging;
using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Public;

/// <summary>What the public lists can be narrowed by; bound from the query string.</summary>
internal sealed class MarketFilter
{
    public const int PageSize = 10;

    public string? Q { get; set; }
    public TechField? Field { get; set; }

    /// <summary>Outcomes: at least this TRL.</summary>
    public int? Trl { get; set; }

    public CooperationModes? Mode { get; set; }

    /// <summary>Outcomes: priced at most this many 万元 (negotiable prices are left out). Demands: a budget reaching this.</summary>
    public decimal? Price { get; set; }

    /// <summary>Demands: the type of demand.</summary>
    public DemandType? Type { get; set; }

    /// <summary>Open, in negotiation, or agreed, from the listing's threads.</summary>
    public MarketStatus? Status { get; set; }

    public int Page { get; set; } = 1;

    public PageRequest PageRequest => new(Page, PageSize);
}

internal sealed record Paged<T>(Page<T> Results, MarketFilter Filter)
{
    public IReadOnlyList<T> Items => Results.Items;

    public int Total => Results.Total;

    /// <summary>Market status of the listed items; those absent are open.</summary>
    public IReadOnlyDictionary<string, MarketStatus> Statuses { get; init; } = new Dictionary<string, MarketStatus>();

    public MarketStatus StatusOf(string id) => Statuses.GetValueOrDefault(id, MarketStatus.Open);
}
