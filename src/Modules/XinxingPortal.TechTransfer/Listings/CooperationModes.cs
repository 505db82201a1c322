namespace XinxingPortal.TechTransfer.Listings;

/// <summary>合作方式. A listing accepts one or more, so this is a set of flags.</summary>
[Flags]
internal enum CooperationModes
{
    None = 0,
    Transfer = 1,      // 转让
    Licence = 2,       // 许可
    Equity = 4,        // 作价投资
    Joint = 8,         // 合作实施
    Other = 16,        // 其他
}

internal static class CooperationModeList
{
    public static readonly CooperationModes[] Each =
        [CooperationModes.Transfer, CooperationModes.Licence, CooperationModes.Equity, CooperationModes.Joint, CooperationModes.Other];

    public static IEnumerable<CooperationModes> Split(this CooperationModes modes) => Each.Where(m => modes.HasFlag(m));

    public static CooperationModes Combine(IEnumerable<CooperationModes> modes) => modes.Aggregate(CooperationModes.None, (a, m) => a | m);
}
