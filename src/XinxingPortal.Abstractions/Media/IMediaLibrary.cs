namespace XinxingPortal.Abstractions.Media;

/// <summary>The current tenant's images, shared by every module that shows one.</summary>
public interface IMediaLibrary
{
    /// <summary>
    /// Checks the image by its content (JPEG, PNG or WebP, within the byte and pixel caps), strips its metadata,
    /// stores its renditions and records it. Refused input throws <see cref="MediaRejectedException"/> and leaves
    /// no file and no row behind.
    /// </summary>
    /// <remarks>The row is staged; it is saved when the action commits. The renditions are written at once and removed again if the action never commits.</remarks>
    Task<MediaImage> UploadAsync(Stream content, string fileName, string altText, string? user, CancellationToken ct);

    /// <summary>The image, or null when the id is unknown or malformed.</summary>
    Task<MediaImage?> GetAsync(string mediaId, CancellationToken ct);

    /// <summary>The images that exist among the ids, in the order asked; unknown ids are left out.</summary>
    Task<IReadOnlyList<MediaImage>> GetManyAsync(IEnumerable<string> mediaIds, CancellationToken ct);
}
