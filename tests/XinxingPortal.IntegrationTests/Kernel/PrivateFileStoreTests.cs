using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Storage;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Data;

namespace XinxingPortal.IntegrationTests.Kernel;

/// <summary>A private file exists exactly when the action that saved it committed, and is gone once its delete commits.</summary>
public sealed class PrivateFileStoreTests : IClassFixture<PortalFactory>
{
    private const string Tenant = "kepu";
    private readonly PortalFactory factory;

    public PrivateFileStoreTests(PortalFactory factory)
    {
        this.factory = factory;
        factory.WarmUpAsync("/kepu").GetAwaiter().GetResult();
    }

    private string Folder => Path.Combine(factory.AppData, "Sites", Tenant, "kernel-test");

    private string PathOf(PrivateFileName name) => Path.Combine(Folder, name.Id);

    [Fact]
    public async Task A_file_saved_by_an_action_that_commits_is_kept()
    {
        var name = NewName();
        await using (var scope = await factory.TenantScopeAsync(Tenant))
        {
            await Store(scope).SaveAsync(name, "licence"u8.ToArray(), CancellationToken.None);
            Assert.False(File.Exists(PathOf(name)));
            await SaveAChangeAsync(scope);
            Assert.True(File.Exists(PathOf(name)));
        }

        await using (var scope = await factory.TenantScopeAsync(Tenant))
        {
            await using var stream = Store(scope).Open(name)!;
            Assert.Equal("licence"u8.ToArray(), await ReadAllAsync(stream));
        }

        Assert.Empty(Staged());
    }

    [Fact]
    public async Task A_file_saved_by_an_action_that_rolls_back_or_never_saves_leaves_nothing()
    {
        var rolledBack = NewName();
        var unsaved = NewName();
        await using (var scope = await factory.TenantScopeAsync(Tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await Store(scope).SaveAsync(rolledBack, [1, 2, 3], CancellationToken.None);
            await SaveAChangeAsync(scope);
            await transaction.RollbackAsync();
        }

        await using (var scope = await factory.TenantScopeAsync(Tenant))
        {
            await Store(scope).SaveAsync(unsaved, [1, 2, 3], CancellationToken.None);
        }

        Assert.False(File.Exists(PathOf(rolledBack)));
        Assert.False(File.Exists(PathOf(unsaved)));
        Assert.Empty(Staged());
    }

    [Fact]
    public async Task A_delete_waits_for_the_commit()
    {
        var name = NewName();
        await using (var scope = await factory.TenantScopeAsync(Tenant))
        {
            await Store(scope).SaveAsync(name, [1], CancellationToken.None);
            await SaveAChangeAsync(scope);
        }

        await using (var scope = await factory.TenantScopeAsync(Tenant))
        {
            Store(scope).Delete(name);
        }

        Assert.True(File.Exists(PathOf(name)));
        await using (var scope = await factory.TenantScopeAsync(Tenant))
        {
            Store(scope).Delete(name);
            await SaveAChangeAsync(scope);
        }

        Assert.False(File.Exists(PathOf(name)));
    }

    [Theory]
    [InlineData("kernel-test", "../portal.db")]
    [InlineData("kernel-test", "a/b")]
    [InlineData("kernel-test", "x.staged")]
    [InlineData("..", "x")]
    [InlineData("kernel-test", "")]
    public void A_name_that_could_leave_the_area_cannot_be_made(string area, string id) =>
        Assert.Throws<ArgumentException>(() => new PrivateFileName(area, id));

    private static PrivateFileName NewName() => new("kernel-test", Guid.NewGuid().ToString("n"));

    private static IPrivateFileStore Store(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IPrivateFileStore>();

    private string[] Staged() => Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.staged") : [];

    private static async Task SaveAChangeAsync(AsyncServiceScope scope)
    {
        scope.ServiceProvider.GetRequiredService<IAuditLog>().Record("kernel.test", "PrivateFileStore");
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
