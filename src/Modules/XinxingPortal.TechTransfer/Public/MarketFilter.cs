using XinxingPortal.Abstractions.Paging;
using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Public;

/// <summary>What the public lists can be narrowed by; bound from the query string.</summary>
internal sealed class MarketFilter
{
    public const int PageSize = 10;

    // A query string is anyone's to write: a value out of range is dropped (or clamped) here, where it is bound,
    // rather than overflowing in the 万元 → yuan conversion or the paging arithmetic (it used to answer 500).
    private const decimal MaxWan = 100_000_000m;
    private const int MaxPage = 100_000;
    private int? trl;
    private decimal? price;
    private int page = 1;

    public string? Q { get; set; }
    public TechField? Field { get; set; }

    /// <summary>Outcomes: at least this TRL.</summary>
    public int? Trl { get => trl; set => trl = value is >= TrlScale.Min and <= TrlScale.Max ? value : null; }

    public CooperationModes? Mode { get; set; }

    /// <summary>Outcomes: priced at most this many 万元 (negotiable prices are left out). Demands: a budget reaching this.</summary>
    public decimal? Price { get => price; set => price = value is >= 0 and <= MaxWan ? value : null; }

    /// <summary>Demands: the type of demand.</summary>
    public DemandType? Type { get; set; }

    /// <summary>Open, in negotiation, or agreed, from the listing's threads.</summary>
    public MarketStatus? Status { get; set; }

    public int Page { get => page; set => page = Math.Clamp(value, 1, MaxPage); }

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
