namespace XinxingPortal.TechTransfer.Organisations;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from 0–9 and the capital letters without I, O, Z, S, V.
/// The last is a check character: 31 − (Σ valueᵢ × 3^i mod 31) over the first 17, with 31 written as 0.
/// </summary>
internal static class CreditCode
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Upper-cases and trims what a person typed, so "91650 ..." and lower case still match.</summary>
    public static string Normalise(string? input) => (input ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Null when the code is valid, otherwise the reason as an English msgid.</summary>
    public static string? Problem(string normalised)
    {
        if (normalised.Length != Length)
        {
            return "A unified social credit code has 18 characters.";
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var value = Alphabet.IndexOf(normalised[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return "A unified social credit code uses digits and capital letters other than I, O, Z, S and V.";
            }

            sum += value * Weights[i];
        }

        var check = (31 - sum % 31) % 31;
        return normalised[^1] == Alphabet[check] ? null : "The check character of this unified social credit code is wrong; check the code against the licence.";
    }

    public static bool IsValid(string? input) => Problem(Normalise(input)) is null;
}
