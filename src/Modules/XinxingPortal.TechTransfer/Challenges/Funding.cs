using System.Globalization;

namespace XinxingPortal.TechTransfer.Challenges;

/// <summary>榜额 is stored in yuan and shown, and typed, in 万元 (ten thousand yuan) as the bureau writes it.</summary>
internal static class Funding
{
    private const decimal YuanPerWan = 10_000m;

    public static decimal ToWan(long yuan) => yuan / YuanPerWan;

    public static long ToYuan(decimal wan) => (long)Math.Round(wan * YuanPerWan, MidpointRounding.AwayFromZero);

    /// <summary>"500" or "12.5": no trailing zeros, digits the same in every language.</summary>
    public static string Wan(long yuan) => ToWan(yuan).ToString("0.####", CultureInfo.InvariantCulture);
}
