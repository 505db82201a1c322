using System.Net;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.IntegrationTests.Media;

namespace XinxingPortal.IntegrationTests.Security;

/// <summary>
/// Finding 8: a kill -9 while the 科普 recipe was writing media made the next three starts fail with
/// "IOException: …/320.webp already exists". The real host is killed during setup and during uploads, and the
/// next start must serve without a single 500.
/// </summary>
[Trait("Database", "SqliteProcess")]
public sealed class FaultTests : IDisposable
{
    private readonly string appData = Directory.CreateTempSubdirectory("xp-fault-").FullName;

    public void Dispose()
    {
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
    public async Task A_host_killed_while_setting_up_and_while_writing_starts_clean_the_next_time()
    {
        var media = Path.Combine(appData, "Sites", "kepu", "media");
        await using (var first = HostProcess.Start(appData))
        {
            await first.WaitUntilServingAsync("/", TimeSpan.FromMinutes(3));
            using var client = first.Client();
            var kepuSetup = client.GetAsync("/kepu/");
            await WaitForAsync(() => Directory.Exists(media) && Directory.EnumerateFiles(media, "*.*", SearchOption.AllDirectories).Any(), kepuSetup);
            await first.KillAsync();
        }

        await using (var second = HostProcess.Start(appData))
        {
            var seen = await second.WaitUntilServingAsync("/kepu/", TimeSpan.FromMinutes(3));
            Assert.DoesNotContain(seen, s => (int)s >= 500 && s != HttpStatusCode.ServiceUnavailable);
            Assert.Equal(HttpStatusCode.OK, (await second.Client().GetAsync("/kepu/venues")).StatusCode);

            // Now a write in flight: uploads through the media admin, and the host killed under them.
            using var admin = second.Client();
            Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("/kepu", "admin", HostProcess.AdminPassword)).StatusCode);
            var photo = TestImages.Jpeg(1600, 900);
            var filesBefore = Directory.EnumerateFiles(media, "*.*", SearchOption.AllDirectories).Count();
            var uploads = Enumerable.Range(0, 6).Select(i => MediaFixture.UploadAsync(admin, $"photo-{i}.jpg", photo, "照片 " + i)).ToList();
            await WaitForAsync(() => Directory.EnumerateFiles(media, "*.*", SearchOption.AllDirectories).Count() > filesBefore + 3, uploads[^1]);
            await second.KillAsync();
            await Task.WhenAll(uploads.Select(u => u.ContinueWith(_ => { }, TaskScheduler.Default)));
        }

        await using var third = HostProcess.Start(appData);
        var again = await third.WaitUntilServingAsync("/kepu/", TimeSpan.FromMinutes(3));
        Assert.DoesNotContain(again, s => (int)s >= 500);
        using var editor = third.Client();
        await editor.LoginAsync("/kepu", "admin", HostProcess.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/kepu/admin/media")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MediaFixture.UploadAsync(editor, "after.jpg", TestImages.Jpeg(400, 300), "重启之后")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/")).StatusCode);
    }

    /// <summary>Waits for a condition on disk; fails if the request that should cause it ends first without it.</summary>
    private static async Task WaitForAsync(Func<bool> condition, Task request)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the write never started");
            if (request.IsCompleted && !condition())
            {
                Assert.Fail("the request finished before the write could be interrupted");
            }

            await Task.Delay(5);
        }
    }
}
