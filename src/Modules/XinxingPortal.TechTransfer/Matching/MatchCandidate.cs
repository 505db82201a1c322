using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Matching;

/// <summary>
/// Something that might answer a demand: an outcome, or later a lab instrument. <paramref name="Id"/> only has to be
/// unique among what is ranked together. Null <paramref name="Field"/> or <paramref name="Trl"/>: not applicable
/// (that reason is then false or null); <paramref name="PriceYuan"/> null: 面议.
/// </summary>
internal sealed record MatchCandidate(
    string Id,
    string Title,
    IReadOnlyList<string> Keywords,
    string Summary,
    string Indicators,
    TechField? Field,
    int? Trl,
    CooperationModes Modes,
    long? PriceYuan);
