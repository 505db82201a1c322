using System.Globalization;

namespace XinxingPortal.Abstractions.Paging;

/// <summary>
/// Which page of a list a reader asked for. Anything a query string can carry (0, -1, "abc", 10^12) becomes a page
/// that exists, so a bad link shows a list, never an error.
/// </summary>
public readonly record struct PageRequest
{
    /// <summary>No list is read this deep; the cap keeps <see cref="Skip"/> far from overflowing.</summary>
    public const int MaxNumber = 100_000;

    public PageRequest(int number, int size)
    {
        Number = Math.Clamp(number, 1, MaxNumber);
        Size = Math.Clamp(size, 1, 1_000);
    }

    /// <summary>1-based.</summary>
    public int Number { get; }

    public int Size { get; }

    public int Skip => (Number - 1) * Size;

    /// <summary>Reads the page number from its query-string text; what is not a number is the first page.</summary>
    public static PageRequest Parse(string? number, int size) =>
        long.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out var n)
            ? new PageRequest((int)Math.Clamp(n, 1, MaxNumber), size)
            : new PageRequest(1, size);

    /// <summary>This request moved onto the last page when it asked beyond it.</summary>
    public PageRequest Within(int total) => new(Math.Min(Number, PageCount(total, Size)), Size);

    internal static int PageCount(int total, int size) => Math.Max(1, (int)((total + (long)size - 1) / size));
}
