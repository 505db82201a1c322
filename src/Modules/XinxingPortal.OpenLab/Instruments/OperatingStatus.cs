namespace XinxingPortal.OpenLab.Instruments;

/// <summary>运行状态 as the national platform lists it.</summary>
internal enum OperatingStatus
{
    Normal,       // 正常
    Standby,      // 待机
    Faulty,       // 故障
    AwaitingRepair, // 待修
    ToBeScrapped, // 待报废
}

/// <summary>共享模式.</summary>
internal enum SharingMode
{
    External, // 外部共享
    Internal, // 内部共享
    None,     // 不共享
}

internal static class InstrumentStates
{
    /// <summary>Only a working instrument that is shared takes bookings.</summary>
    public static bool Bookable(OperatingStatus status, SharingMode sharing) =>
        status is OperatingStatus.Normal or OperatingStatus.Standby && sharing != SharingMode.None;

    public static string NameOf(OperatingStatus s) => s switch
    {
        OperatingStatus.Normal => "Working (正常)",
        OperatingStatus.Standby => "Standby (待机)",
        OperatingStatus.Faulty => "Faulty (故障)",
        OperatingStatus.AwaitingRepair => "Awaiting repair (待修)",
        _ => "To be scrapped (待报废)",
    };

    public static string NameOf(SharingMode s) => s switch
    {
        SharingMode.External => "Shared outside the unit (外部共享)",
        SharingMode.Internal => "Shared inside the unit (内部共享)",
        _ => "Not shared (不共享)",
    };

    /// <summary>The national platform's Chinese words, for exports.</summary>
    public static string Chinese(OperatingStatus s) => s switch
    {
        OperatingStatus.Normal => "正常", OperatingStatus.Standby => "待机", OperatingStatus.Faulty => "故障",
        OperatingStatus.AwaitingRepair => "待修", _ => "待报废",
    };

    public static string Chinese(SharingMode s) => s switch { SharingMode.External => "外部共享", SharingMode.Internal => "内部共享", _ => "不共享" };
}
