namespace XinxingPortal.Abstractions.Changes;

/// <summary>
/// An entity whose life is recorded in the change feed. Content versions are by default; other published entities
/// (market listings) implement this. Whether it is public is read from its state before and after the save.
/// </summary>
public interface IFeedItem
{
    string FeedItemId { get; }
    string FeedCulture { get; }
    bool IsPublic { get; }
}
