using XinxingPortal.Abstractions.Storage;

namespace XinxingPortal.Media.Storage;

/// <summary>Files under the tenant's <c>media</c> folder: <c>media/{id}/{width}.{format}</c>.</summary>
internal sealed class LocalMediaFileStore(ITenantStorage storage) : IMediaFileStore
{
    public async Task SaveAsync(string mediaId, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var folder = Directory.CreateDirectory(ItemFolder(mediaId)).FullName;
        var target = Path.Combine(folder, Checked(fileName));
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await file.WriteAsync(content, ct);
            }

            // Overwrite: a rendition is made again from the same image after a crash cut its first write short
            // (the recipe is re-run from the start), and refusing the existing file made every restart fail.
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string mediaId, string fileName, CancellationToken ct)
    {
        var path = Path.Combine(ItemFolder(mediaId), Checked(fileName));
        try
        {
            return Task.FromResult<Stream?>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string mediaId, CancellationToken ct)
    {
        var folder = ItemFolder(mediaId);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    // The media folder is asked for only when a file is touched, so a refused upload creates nothing on disk.
    private string ItemFolder(string mediaId) => RenditionFile.IsId(mediaId)
        ? Path.Combine(storage.FolderFor("media"), mediaId)
        : throw new ArgumentException("Not a media id.", nameof(mediaId));

    private static string Checked(string fileName) => RenditionFile.TryParse(fileName, out _, out _)
        ? fileName
        : throw new ArgumentException("Not a rendition file name.", nameof(fileName));
}
