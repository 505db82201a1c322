using Microsoft.Extensions.Logging;
using XinxingPortal.Abstractions.Storage;
using XinxingPortal.Platform.Data;

namespace XinxingPortal.Platform.Storage;

/// <summary>
/// Private files on local disk at App_Data/Sites/{tenant}/{area}/{id}. A save is written at once to a staging name
/// beside its place ({id}.{random}.staged: ids have no dots, so it can never be read as a file) and renamed into
/// place when the changes commit; a rolled-back action's staged file is removed.
/// </summary>
internal sealed class LocalPrivateFileStore(ITenantStorage storage, CommitActions commits, ILogger<LocalPrivateFileStore> logger) : IPrivateFileStore
{
    public async Task SaveAsync(PrivateFileName name, byte[] content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathOf(name);
        var staged = $"{path}.{Guid.NewGuid():n}.staged";
        await File.WriteAllBytesAsync(staged, content, ct);
        commits.Add(
            () =>
            {
                File.Move(staged, path, overwrite: true);
                return Task.CompletedTask;
            },
            () => Forget(staged));
    }

    public void Delete(PrivateFileName name)
    {
        var path = PathOf(name);
        commits.Add(
            () =>
            {
                Forget(path);
                return Task.CompletedTask;
            },
            () => { });
    }

    public Stream? Open(PrivateFileName name)
    {
        var path = PathOf(name);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    private string PathOf(PrivateFileName name) => Path.Combine(storage.FolderFor(name.Area), name.Id);

    /// <summary>A file that cannot be removed is an orphan, never a broken reference: log it and go on.</summary>
    private void Forget(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Could not remove {Path}", path);
        }
    }
}
