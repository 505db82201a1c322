using System.Net;
using Microsoft.Data.Sqlite;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Security;

/// <summary>
/// The kernel issue's fault: a process killed between "publish" and "audit". The real host is killed with SIGKILL
/// while an editor's publishes are in flight; afterwards every page is either wholly published (state, published
/// version, one history step, one feed row, one audit entry) or untouched and publishable once.
/// </summary>
[Trait("Database", "SqliteProcess")]
public sealed class PublishKillTests : IDisposable
{
    // Enough that some are still queued when the first commits: with 24, all of them were sometimes done before the kill landed.
    private const int Pages = 60;
    private readonly string appData = Directory.CreateTempSubdirectory("xp-publish-kill-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(appData, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    [Fact]
    public async Task A_host_killed_while_publishing_leaves_each_page_wholly_published_or_untouched()
    {
        var ids = new List<string>();
        await using (var first = HostProcess.Start(appData))
        {
            await first.WaitUntilServingAsync("/", TimeSpan.FromMinutes(3));
            using var editor = first.Client();
            Assert.Equal(HttpStatusCode.Redirect, (await editor.LoginAsync("", "admin", HostProcess.AdminPassword)).StatusCode);
            for (var i = 0; i < Pages; i++)
            {
                var created = await editor.PostFormAsync("/admin/pages/create", "/admin/pages/create",
                    ("Title", "断电测试 " + i), ("Slug", "kill-" + i), ("Culture", "zh-CN"), ("Body", "正文 " + i));
                Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
                ids.Add(created.Headers.Location!.OriginalString.Split('/')[^1]);
            }

            var token = await editor.AntiforgeryTokenAsync("/admin/pages/create");
            var publishes = ids.Select(id => editor.PostAsync($"/admin/pages/{id}/publish",
                new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]))).ToList();
            await Task.WhenAny(publishes); // one has committed; the others are queued or half-way
            await first.KillAsync();
            await Task.WhenAll(publishes.Select(p => p.ContinueWith(_ => { }, TaskScheduler.Default)));
        }

        var states = await StatesAsync(ids);
        Assert.Contains(states.Values, s => s.Whole);
        Assert.Contains(states.Values, s => s.Untouched); // else the kill came too late to test anything
        Assert.All(states, s => Assert.True(s.Value.Whole || s.Value.Untouched, $"{s.Key}: {s.Value}"));

        await using var second = HostProcess.Start(appData);
        await second.WaitUntilServingAsync("/", TimeSpan.FromMinutes(3));
        using var again = second.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await again.LoginAsync("", "admin", HostProcess.AdminPassword)).StatusCode);
        foreach (var id in states.Where(s => s.Value.Untouched).Select(s => s.Key))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await again.PostFormAsync($"/admin/pages/{id}", $"/admin/pages/{id}/publish")).StatusCode);
        }

        Assert.All(await StatesAsync(ids), s => Assert.True(s.Value.Whole, $"{s.Key}: {s.Value}"));
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/pages/kill-0")).StatusCode);
    }

    private sealed record PageState(string ReviewState, long PublishedVersions, long HistorySteps, long FeedRows, long AuditEntries)
    {
        public bool Whole => ReviewState == "Published" && PublishedVersions == 1 && HistorySteps == 1 && FeedRows == 1 && AuditEntries == 1;
        public bool Untouched => ReviewState == "Draft" && PublishedVersions == 0 && HistorySteps == 0 && FeedRows == 0 && AuditEntries == 0;
    }

    private async Task<Dictionary<string, PageState>> StatesAsync(IEnumerable<string> ids)
    {
        var file = Path.Combine(appData, "Sites", "Default", "portal.db");
        await using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await db.OpenAsync();
        var states = new Dictionary<string, PageState>();
        foreach (var id in ids)
        {
            states[id] = new PageState(
                (string)(await ScalarAsync(db, "SELECT ReviewState FROM Pages_Pages WHERE ContentItemId = $id AND Latest = 1", id))!,
                (long)(await ScalarAsync(db, "SELECT COUNT(*) FROM Pages_Pages WHERE ContentItemId = $id AND Published = 1", id))!,
                (long)(await ScalarAsync(db, "SELECT COUNT(*) FROM Platform_WorkflowHistory WHERE ItemId = $id AND Action = 'Publish'", id))!,
                (long)(await ScalarAsync(db, "SELECT COUNT(*) FROM Platform_ChangeLog WHERE ItemId = $id AND Kind = 'Published'", id))!,
                (long)(await ScalarAsync(db, "SELECT COUNT(*) FROM Platform_AuditLog WHERE Subject = 'Page:' || $id AND Action = 'Page.Publish'", id))!);
        }

        return states;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection db, string sql, string id)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync();
    }
}
