using System.Globalization;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Files;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Abstractions.Paging;
using XinxingPortal.Abstractions.Tenants;
using XinxingPortal.Media.Data;
using XinxingPortal.Media.Processing;
using XinxingPortal.Media.Storage;

namespace XinxingPortal.Media;

internal sealed class MediaLibrary(
    IPortalDb db, IMediaFileStore files, ICommitActions commits, IFileInspector inspector, IAuditLog audit, TimeProvider time, ITenantContext tenant)
    : IMediaLibrary
{
    public Task<MediaImage> UploadAsync(Stream content, string fileName, string altText, string? user, CancellationToken ct) =>
        StoreAsync(RenditionFile.NewId(), content, fileName, altText, user, ct);

    /// <summary>Adds the image under the id its recipe key gives (see <see cref="MediaKeys"/>), unless it is there already.</summary>
    public async Task<MediaImage> ImportAsync(string key, Stream content, string fileName, string altText, CancellationToken ct)
    {
        var id = MediaKeys.IdFor(key);
        var existing = await db.Set<MediaItem>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (existing is null)
        {
            return await StoreAsync(id, content, fileName, altText, "recipe", ct);
        }

        // Assigning an equal value changes nothing, so a second run of the recipe writes no row.
        existing.AltText = altText.Trim();
        return existing.ToImage();
    }

    private async Task<MediaImage> StoreAsync(string id, Stream content, string fileName, string altText, string? user, CancellationToken ct)
    {
        if (AltText.Problem(altText) is { } problem)
        {
            throw new MediaRejectedException(problem);
        }

        var upload = await inspector.InspectAsync(fileName, content, ImageLimits.Upload, ct);
        if (!upload.Accepted)
        {
            throw new MediaRejectedException(upload.Problem!);
        }

        var processed = await ImageProcessor.ProcessAsync(upload.Content, ct);
        var item = new MediaItem
        {
            Id = id,
            FileName = DisplayName(fileName),
            AltText = altText.Trim(),
            Width = processed.Width,
            Height = processed.Height,
            Renditions = string.Join(' ', processed.Files.Select(f => f.FileName)),
            UploadedUtc = time.GetUtcNow().UtcDateTime,
            UploadedBy = user,
        };

        try
        {
            foreach (var (name, bytes) in processed.Files)
            {
                await files.SaveAsync(item.Id, name, bytes, ct);
            }

            db.Set<MediaItem>().Add(item);
            audit.Record("media.upload", $"Media:{item.Id}", item.FileName);

            // The renditions are written now, so a full disk fails the action rather than the commit; if the row
            // never commits (a later field is refused, the recipe rolls back) they are removed again.
            commits.Add(static () => Task.CompletedTask, () => RemoveFiles(item.Id));
        }
        catch
        {
            // Detached, so a later save by the caller cannot insert the row after all.
            db.Set<MediaItem>().Entry(item).State = EntityState.Detached;
            await files.DeleteAsync(item.Id, CancellationToken.None);
            throw;
        }

        return item.ToImage();
    }

    public async Task<MediaImage?> GetAsync(string mediaId, CancellationToken ct)
    {
        if (!RenditionFile.IsId(mediaId))
        {
            return null;
        }

        var item = await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == mediaId, ct);
        return item?.ToImage();
    }

    public async Task<IReadOnlyList<MediaImage>> GetManyAsync(IEnumerable<string> mediaIds, CancellationToken ct)
    {
        // Images of a tenant without the feature would not be served, so none are handed out.
        var ids = mediaIds.Where(RenditionFile.IsId).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0 || !tenant.IsFeatureEnabled(MediaFeature.Id))
        {
            return [];
        }

        var found = await db.Set<MediaItem>().AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, StringComparer.Ordinal, ct);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id].ToImage())];
    }

    /// <summary>Newest first, one page of the admin list.</summary>
    public Task<Page<MediaItem>> ListAsync(PageRequest page, CancellationToken ct) =>
        db.Set<MediaItem>().AsNoTracking().OrderByDescending(x => x.UploadedUtc).ThenBy(x => x.Id).ToPageAsync(page, ct);

    public Task<MediaItem?> FindAsync(string mediaId, CancellationToken ct) => RenditionFile.IsId(mediaId)
        ? db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == mediaId, ct)
        : Task.FromResult<MediaItem?>(null);

    /// <summary>Stages the row's removal; the files follow once the action commits it.</summary>
    public async Task<bool> DeleteAsync(string mediaId, CancellationToken ct)
    {
        if (!RenditionFile.IsId(mediaId) || await db.Set<MediaItem>().FirstOrDefaultAsync(x => x.Id == mediaId, ct) is not { } item)
        {
            return false;
        }

        db.Set<MediaItem>().Remove(item);
        audit.Record("media.delete", $"Media:{mediaId}");

        // After the row is gone nothing links to the files, so a failed file delete leaves only orphans.
        commits.Add(() => files.DeleteAsync(mediaId, CancellationToken.None), static () => { });
        return true;
    }

    /// <summary>Abandoning runs when the scope ends, which cannot wait; the local store deletes synchronously anyway.</summary>
    private void RemoveFiles(string mediaId) => files.DeleteAsync(mediaId, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The name as shown in the library, without control or bidi-override characters that could disguise it.</summary>
    private static string DisplayName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName ?? "")
            .Where(c => char.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format)).ToArray()).Trim();
        return name.Length == 0 ? "image" : name.Length > 200 ? name[^200..] : name;
    }
}
