using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Media;

/// <summary>An upload's renditions follow its row: kept when the action commits, removed when it never does.</summary>
public sealed class MediaCommitTests(MediaFixture fixture) : IClassFixture<MediaFixture>
{
    [Fact]
    public async Task An_upload_whose_action_never_commits_leaves_no_file()
    {
        var before = await fixture.StateAsync();
        string id;
        await using (var scope = await fixture.Factory.TenantScopeAsync(MediaFixture.Tenant))
        {
            var image = await scope.ServiceProvider.GetRequiredService<IMediaLibrary>()
                .UploadAsync(new MemoryStream(TestImages.Jpeg(640, 480)), "abandoned.jpg", "没有保存的图片", "picture-editor", default);
            id = image.Id;
            Assert.True(Directory.Exists(Path.Combine(fixture.MediaFolder, id)), "the renditions are written at once");
        }

        Assert.False(Directory.Exists(Path.Combine(fixture.MediaFolder, id)));
        MediaFixture.AssertUnchanged(before, await fixture.StateAsync());
    }

    [Fact]
    public async Task An_upload_whose_action_commits_keeps_its_files()
    {
        string id;
        await using (var scope = await fixture.Factory.TenantScopeAsync(MediaFixture.Tenant))
        {
            var image = await scope.ServiceProvider.GetRequiredService<IMediaLibrary>()
                .UploadAsync(new MemoryStream(TestImages.Jpeg(640, 480)), "kept.jpg", "保存的图片", "picture-editor", default);
            id = image.Id;
            await scope.ServiceProvider.GetRequiredService<IPortalDb>().SaveChangesAsync();
        }

        Assert.Contains(id, await fixture.IdsAsync());
        Assert.True(File.Exists(Path.Combine(fixture.MediaFolder, id, "640.jpg")));
    }
}
