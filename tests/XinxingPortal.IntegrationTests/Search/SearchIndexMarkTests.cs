using XinxingPortal.Abstractions.Search;
using XinxingPortal.Search.Engine;

namespace XinxingPortal.IntegrationTests.Search;

/// <summary>
/// The index remembers, with its commit, up to which entry of the change feed it holds everything, so a node that
/// starts on it (or has just built it) skips the feed's older entries; a rebuild forgets it until it is told anew.
/// </summary>
public sealed class SearchIndexMarkTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("xp-search-mark-").FullName;

    private static SearchDocument Page(string id, string title) => new()
    {
        ContentType = "Page", ItemId = id, Culture = "zh-CN", Title = title, Body = title, Column = "栏目", TypeName = "页面",
        Date = new DateOnly(2026, 5, 1), Url = "/p/" + id,
    };

    [Fact]
    public void The_feed_position_survives_a_reopen_never_moves_back_and_a_rebuild_clears_it()
    {
        using (var index = new SearchIndex(folder, "zh-CN"))
        {
            Assert.False(index.IsBuilt);
            Assert.Equal(0, index.Through);
            index.Put(Page("1", "红枣浓缩"));
            index.Commit(builtAtUtc: new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), through: 42);
            index.Put(Page("2", "哈密瓜冷链"));
            index.Commit(through: 40); // an older entry replayed after a crash: the index still holds everything to 42
            Assert.Equal(42, index.Through);
        }

        using (var index = new SearchIndex(folder, "zh-CN"))
        {
            Assert.True(index.IsBuilt);
            Assert.Equal(42, index.Through);
            Assert.Equal(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), index.BuiltAtUtc);
            index.Clear();
            Assert.Equal(0, index.Through);
            index.Commit(builtAtUtc: new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc));
        }

        using (var index = new SearchIndex(folder, "zh-CN"))
        {
            Assert.True(index.IsBuilt);
            Assert.Equal(0, index.Through); // rebuilt without knowing the feed's position: the feed replays from its cursor
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
