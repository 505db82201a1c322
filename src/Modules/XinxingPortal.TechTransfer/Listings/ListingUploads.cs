using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Files;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Listings;

/// <summary>
/// Checks a form's files before anything is stored, then stores them: images through the media library (public),
/// documents as private files with an <see cref="Attachment"/> row each.
/// </summary>
internal sealed class ListingUploads(IPortalDb db, IMediaLibrary media, PrivateFiles files, TimeProvider time, IStringLocalizer<ListingUploads> t)
{
    public const int MaxFiles = 3;

    /// <summary>Reads and checks the documents; problems go to the model state under <paramref name="field"/>.</summary>
    public async Task<List<CheckedFile>> CheckDocumentsAsync(IReadOnlyList<IFormFile> uploads, string field, ModelStateDictionary state, CancellationToken ct)
    {
        var real = uploads.Where(f => f.Length > 0).ToList();
        if (real.Count > MaxFiles)
        {
            state.AddModelError(field, t["Attach at most {0} files.", MaxFiles]);
            return [];
        }

        var checkedFiles = new List<CheckedFile>();
        foreach (var upload in real)
        {
            var name = Path.GetFileName(upload.FileName);
            var inspection = await files.InspectAsync(upload, name, PrivateFiles.Documents, ct);
            if (inspection.Kind is not { } kind)
            {
                state.AddModelError(field, t["{0}: {1}", upload.FileName, t[inspection.Problem!]]);
                continue;
            }

            checkedFiles.Add(new CheckedFile(name, inspection.Content, kind));
        }

        return checkedFiles;
    }

    /// <summary>Adds the rows and stages the files; both are kept only if the caller's save commits.</summary>
    public async Task AddDocumentsAsync(ListingKind kind, string ownerId, IEnumerable<CheckedFile> documents, CancellationToken ct)
    {
        foreach (var d in documents)
        {
            var id = Guid.NewGuid().ToString("n");
            db.Set<Attachment>().Add(new Attachment
            {
                Id = id, OwnerKind = kind, OwnerId = ownerId, FileName = d.FileName, ContentType = d.Kind.ContentType(),
                Size = d.Data.Length, UploadedUtc = time.GetUtcNow().UtcDateTime,
            });
            await files.SaveAsync(id, d.Data, ct);
        }
    }

    /// <summary>Removes the rows; their files go once the caller's save commits.</summary>
    public void Remove(IEnumerable<Attachment> removed)
    {
        foreach (var a in removed)
        {
            db.Set<Attachment>().Remove(a);
            files.Delete(a.Id);
        }
    }

    /// <summary>Stores the images in the media library; a refused image becomes a message and stops the rest.</summary>
    public async Task<List<string>?> UploadImagesAsync(IReadOnlyList<IFormFile> uploads, string altText, string? user, string field, ModelStateDictionary state, CancellationToken ct)
    {
        var real = uploads.Where(f => f.Length > 0).ToList();
        if (real.Count > MaxFiles)
        {
            state.AddModelError(field, t["Attach at most {0} files.", MaxFiles]);
            return null;
        }

        var ids = new List<string>();
        foreach (var upload in real)
        {
            try
            {
                await using var stream = upload.OpenReadStream();
                ids.Add((await media.UploadAsync(stream, upload.FileName, altText, user, ct)).Id);
            }
            catch (MediaRejectedException ex)
            {
                state.AddModelError(field, t["{0}: {1}", upload.FileName, t[ex.Message]]);
                return null;
            }
        }

        return ids;
    }
}

internal sealed record CheckedFile(string FileName, byte[] Data, FileKind Kind);
