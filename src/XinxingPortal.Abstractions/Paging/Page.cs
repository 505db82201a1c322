namespace XinxingPortal.Abstractions.Paging;

/// <summary>What the one pager partial needs to know about a list, whatever its items are.</summary>
public interface IPageLinks
{
    /// <summary>1-based, always between 1 and <see cref="Pages"/>.</summary>
    int Number { get; }

    /// <summary>At least 1: an empty list is one empty page.</summary>
    int Pages { get; }
}

/// <summary>One page of a list and where it sits among the others.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int Total) : IPageLinks
{
    public int Pages => PageRequest.PageCount(Total, Size);

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < Pages;

    public Page<TOut> Select<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Number, Size, Total);

    /// <summary>Pages a list already in memory (a ranked search result).</summary>
    public static Page<T> Of(IReadOnlyList<T> all, PageRequest request)
    {
        var within = request.Within(all.Count);
        return new([.. all.Skip(within.Skip).Take(within.Size)], within.Number, within.Size, all.Count);
    }
}
