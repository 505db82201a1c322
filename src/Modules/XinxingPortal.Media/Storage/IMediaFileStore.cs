namespace XinxingPortal.Media.Storage;

/// <summary>
/// Where rendition files live: one folder (or key prefix) per media item. Local disk now; a store shared by
/// several web nodes later, behind the same calls.
/// </summary>
internal interface IMediaFileStore
{
    /// <summary>Writes a file whole or not at all; a reader never sees half of one.</summary>
    Task SaveAsync(string mediaId, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct);

    /// <summary>The file, or null when it does not exist.</summary>
    Task<Stream?> OpenReadAsync(string mediaId, string fileName, CancellationToken ct);

    /// <summary>Removes every file of the item; nothing happens when it has none.</summary>
    Task DeleteAsync(string mediaId, CancellationToken ct);
}
