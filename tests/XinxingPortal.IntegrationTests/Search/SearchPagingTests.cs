using XinxingPortal.Abstractions.Search;
using XinxingPortal.Search.Engine;
using XinxingPortal.Search.Querying;

namespace XinxingPortal.IntegrationTests.Search;

/// <summary>
/// The query path on an index of its own (no host): only the best hits up to the asked page are kept, so the pages
/// must still join into the one full ranking, expired items must stay out of hits and counts, and the per-segment
/// values read once must follow the index as it changes.
/// </summary>
public sealed class SearchPagingTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 3);
    private readonly string folder = Directory.CreateTempSubdirectory("xp-search-paging-").FullName;
    private readonly SearchIndex index;

    public SearchPagingTests()
    {
        index = new SearchIndex(folder, "zh-CN");
        for (var i = 0; i < 40; i++)
        {
            index.Put(Item(i, expired: i % 7 == 3));
            if (i % 10 == 9)
            {
                index.Commit(); // several segments
            }
        }

        index.Commit(builtAtUtc: DateTime.UtcNow);
    }

    private static SearchDocument Item(int i, bool expired, string word = "棉花滴灌") => new()
    {
        ContentType = "Page", ItemId = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Culture = "zh-CN",
        Title = i % 3 == 0 ? word + "技术第" + i + "号" : "第" + i + "号通知",
        Body = string.Concat(Enumerable.Repeat(word + "节水增产。", 1 + i % 4)) + "编号" + i,
        Column = i % 2 == 0 ? "通知公告" : "政策文件", TypeName = "通知",
        Date = new DateOnly(2018 + i % 9, 1 + i % 12, 1 + i % 28), Url = "/p/" + i,
        VisibleUntil = expired ? Today.AddDays(-1) : null,
    };

    private SearchResults Search(string? page, int size, string? sort = null) =>
        SearchService.Query(index, [], new SearchRequest { Q = "滴灌", Page = page, Sort = sort }, Today, size);

    [Theory]
    [InlineData(null)]
    [InlineData("date")]
    public void The_pages_join_into_the_full_ranking_without_gaps_or_repeats(string? sort)
    {
        var all = Search("1", 100, sort).Hits;
        Assert.Equal(40 - 6, all.Total); // 3, 10, 17, 24, 31, 38 have expired
        Assert.DoesNotContain(all.Items, h => int.Parse(h.Url[3..], System.Globalization.CultureInfo.InvariantCulture) % 7 == 3);
        var paged = Enumerable.Range(1, 9).SelectMany(p => Search(p.ToString(System.Globalization.CultureInfo.InvariantCulture), 4, sort).Hits.Items).Select(h => h.Url);
        Assert.Equal(all.Items.Select(h => h.Url), paged);
        if (sort == "date")
        {
            Assert.Equal(all.Items.Select(h => h.Date).OrderByDescending(d => d), all.Items.Select(h => h.Date));
        }
    }

    [Fact]
    public void A_page_past_the_end_is_the_last_page()
    {
        var last = Search("1000000000", 4).Hits;
        Assert.Equal(9, last.Number);
        Assert.Equal(Search("1", 100).Hits.Items.Skip(32).Select(h => h.Url), last.Items.Select(h => h.Url));
    }

    [Fact]
    public void Facet_counts_leave_out_expired_items_and_follow_new_and_removed_items()
    {
        var before = SearchService.Query(index, [], new SearchRequest { Q = "滴灌" }, Today, 10);
        Assert.Equal(before.Hits.Total, before.Facets.Single(f => f.Parameter == "column").Values.Sum(v => v.Count));

        index.Put(Item(100, expired: false) with { Column = "新栏目" });
        index.Remove(SearchDocument.KeyOf("Page", "0"));
        index.Commit();
        var after = SearchService.Query(index, [], new SearchRequest { Q = "滴灌" }, Today, 10);
        var columns = after.Facets.Single(f => f.Parameter == "column").Values.ToDictionary(v => v.Value, v => v.Count);
        Assert.Equal(before.Hits.Total, after.Hits.Total);
        Assert.Equal(1, columns["新栏目"]);
        Assert.Equal(after.Hits.Total, columns.Values.Sum());
    }

    [Fact]
    public void Of_two_equal_items_the_newer_ranks_first()
    {
        index.Put(Item(200, expired: false, word: "红枣浓缩") with { Title = "红枣浓缩", Body = "红枣浓缩", Date = new DateOnly(2020, 1, 1) });
        index.Put(Item(201, expired: false, word: "红枣浓缩") with { Title = "红枣浓缩", Body = "红枣浓缩", Date = new DateOnly(2026, 11, 1) });
        index.Commit();
        var hits = SearchService.Query(index, [], new SearchRequest { Q = "红枣浓缩" }, Today, 10).Hits.Items;
        Assert.Equal(["/p/201", "/p/200"], hits.Select(h => h.Url));
    }

    public void Dispose()
    {
        index.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
