using System.Globalization;

namespace XinxingPortal.TechTransfer.Listings;

/// <summary>People enter and read amounts in 万元 (10,000 yuan); the database keeps whole yuan.</summary>
internal static class Money
{
    private const decimal YuanPerWan = 10_000m;

    public static long? ToYuan(decimal? wan) => wan is { } w ? (long)Math.Round(w * YuanPerWan, MidpointRounding.AwayFromZero) : null;

    public static long ToYuan(decimal wan) => (long)Math.Round(wan * YuanPerWan, MidpointRounding.AwayFromZero);

    public static decimal ToWan(long yuan) => yuan / YuanPerWan;

    public static decimal? ToWan(long? yuan) => yuan is { } y ? y / YuanPerWan : null;

    /// <summary>"120 万元"-style figure without the unit; the view adds the unit in the reader's language.</summary>
    public static string Wan(long yuan) => (yuan / YuanPerWan).ToString("0.####", CultureInfo.InvariantCulture);
}
