using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using XinxingPortal.Abstractions.Changes;
using XinxingPortal.Abstractions.Content;

namespace XinxingPortal.Platform.Changes;

/// <summary>
/// Turns the tracked changes of one save into content changes: one per item, the strongest kind winning (a new version
/// replacing the public one is one Published, not an Unpublished and a Published).
/// </summary>
internal static class ChangeRecorder
{
    public static IReadOnlyList<ContentChange> Collect(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var changes = new Dictionary<(string, string), ContentChange>();
        foreach (var entry in tracker.Entries<IFeedItem>())
        {
            if (KindOf(entry) is not { } kind)
            {
                continue;
            }

            var item = entry.Entity;
            var key = (entry.Metadata.ClrType.Name, item.FeedItemId);
            if (!changes.TryGetValue(key, out var seen) || Strength(kind) > Strength(seen.Kind))
            {
                changes[key] = new ContentChange(key.Name, item.FeedItemId, item.FeedCulture, kind);
            }
        }

        return [.. changes.Values];
    }

    private static ContentChangeKind? KindOf(EntityEntry<IFeedItem> entry)
    {
        switch (entry.State)
        {
            case EntityState.Added:
                return entry.Entity.IsPublic ? ContentChangeKind.Published
                    : entry.Entity is ContentVersion { Number: > 1 } ? ContentChangeKind.Updated : ContentChangeKind.Created;
            case EntityState.Deleted:
                return ContentChangeKind.Deleted;
            case EntityState.Modified:
                var was = ((IFeedItem)entry.OriginalValues.ToObject()).IsPublic;
                var now = entry.Entity.IsPublic;
                return was == now ? ContentChangeKind.Updated : now ? ContentChangeKind.Published : ContentChangeKind.Unpublished;
            default:
                return null;
        }
    }

    private static int Strength(ContentChangeKind kind) => kind switch
    {
        ContentChangeKind.Published => 4,
        ContentChangeKind.Unpublished => 3,
        ContentChangeKind.Deleted => 2,
        ContentChangeKind.Created => 1,
        _ => 0,
    };
}
