namespace XinxingPortal.Abstractions.Changes;

/// <summary>
/// Reads the change feed after the changes commit, in order, from where it last stopped. Changes it stages on the
/// tenant's database commit together with its new position, so a crash loses nothing and replays nothing it saved.
/// A change it keeps failing on is set aside after a few attempts so the rest still flow. Registered as a scoped service.
/// </summary>
public interface IChangeFeedConsumer
{
    /// <summary>Names its position in the feed; never change it once shipped.</summary>
    string Name { get; }

    /// <summary>True when each web node keeps its own position (a node-local index); false when one node suffices.</summary>
    bool PerNode { get; }

    Task HandleAsync(FeedEntry entry, CancellationToken ct);

    /// <summary>
    /// For a per-node consumer whose state lives in this process's memory: the change up to which that state already
    /// holds everything, so the feed is not replayed one change at a time after every start. <paramref name="lastChange"/>
    /// reads the feed's newest change. Null (the default): start from the stored position.
    /// </summary>
    Task<long?> CaughtUpThroughAsync(Func<Task<long>> lastChange) => Task.FromResult<long?>(null);
}
