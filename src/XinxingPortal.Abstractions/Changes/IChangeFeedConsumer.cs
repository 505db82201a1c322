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
}
