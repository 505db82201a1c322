using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Platform.Data;

namespace XinxingPortal.Platform.Content;

/// <summary>
/// The generic life cycle of versioned content. Flag changes that could briefly break the
/// one-latest/one-published indexes run in a transaction, clearing old flags before setting new ones.
/// </summary>
internal sealed class ContentManager<T>(PortalDbContext db, TimeProvider time, IAuditLog audit) : IContentManager<T>
    where T : ContentVersion, new()
{
    private DbSet<T> Versions => db.Set<T>();
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<T> CreateAsync(T draft, string? user, CancellationToken ct = default)
    {
        var now = Now;
        draft.ContentItemId = string.IsNullOrEmpty(draft.ContentItemId) ? NewId() : draft.ContentItemId;
        draft.ContentItemVersionId = NewId();
        draft.LocalizationSet = string.IsNullOrEmpty(draft.LocalizationSet) ? draft.ContentItemId : draft.LocalizationSet;
        draft.Number = 1;
        draft.Latest = true;
        draft.Published = false;
        draft.Owner ??= user;
        draft.Author = user;
        draft.CreatedUtc = now;
        draft.ModifiedUtc = now;
        Versions.Add(draft);
        audit.Record("content.create", Describe(draft));
        await db.SaveChangesAsync(ct);
        return draft;
    }

    public Task<T?> GetLatestAsync(string contentItemId, CancellationToken ct = default) =>
        Versions.FirstOrDefaultAsync(v => v.ContentItemId == contentItemId && v.Latest, ct);

    public Task<T?> GetPublishedAsync(string contentItemId, CancellationToken ct = default) =>
        Versions.FirstOrDefaultAsync(v => v.ContentItemId == contentItemId && v.Published, ct);

    public async Task<T> SaveDraftAsync(string contentItemId, Action<T> edit, string? user, string? changeNote = null, CancellationToken ct = default)
    {
        var latest = await RequireLatestAsync(contentItemId, ct);
        var draft = latest;
        await InTransactionAsync(async () =>
        {
            if (latest.Published)
            {
                latest.Latest = false;
                await db.SaveChangesAsync(ct);
                draft = (T)latest.CloneContent();
                draft.ContentItemVersionId = NewId();
                draft.Number = latest.Number + 1;
                draft.Latest = true;
                Versions.Add(draft);
            }

            edit(draft);
            draft.Author = user;
            draft.ChangeNote = changeNote;
            draft.ModifiedUtc = Now;
            audit.Record("content.save-draft", Describe(draft), changeNote);
            await db.SaveChangesAsync(ct);
        }, ct);
        return draft;
    }

    public async Task<T> PublishAsync(string contentItemId, string? user, CancellationToken ct = default)
    {
        var latest = await RequireLatestAsync(contentItemId, ct);
        if (latest.Published)
        {
            return latest;
        }

        await InTransactionAsync(async () =>
        {
            var previous = await GetPublishedAsync(contentItemId, ct);
            if (previous is not null)
            {
                previous.Published = false;
                await db.SaveChangesAsync(ct);
            }

            latest.Published = true;
            latest.PublishedUtc = Now;
            latest.UnpublishReason = null;
            audit.Record("content.publish", Describe(latest), latest.ChangeNote);
            await db.SaveChangesAsync(ct);
        }, ct);
        return latest;
    }

    public async Task UnpublishAsync(string contentItemId, string reason, string? user, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ContentOperationException("A reason is required to unpublish.");
        }

        var published = await GetPublishedAsync(contentItemId, ct) ?? throw new ContentOperationException("The item is not published.");
        published.Published = false;
        published.UnpublishReason = reason.Trim();
        audit.Record("content.unpublish", Describe(published), reason);
        await db.SaveChangesAsync(ct);
    }

    public async Task DiscardDraftAsync(string contentItemId, CancellationToken ct = default)
    {
        var latest = await RequireLatestAsync(contentItemId, ct);
        if (latest.Published)
        {
            throw new ContentOperationException("There is no draft to discard.");
        }

        var previous = await Versions.Where(v => v.ContentItemId == contentItemId && !v.Latest)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct)
            ?? throw new ContentOperationException("The item has no earlier version to return to.");
        await InTransactionAsync(async () =>
        {
            Versions.Remove(latest);
            await db.SaveChangesAsync(ct);
            previous.Latest = true;
            audit.Record("content.discard-draft", Describe(latest));
            await db.SaveChangesAsync(ct);
        }, ct);
    }

    public async Task<IReadOnlyList<T>> GetHistoryAsync(string contentItemId, CancellationToken ct = default) =>
        await Versions.AsNoTracking().Where(v => v.ContentItemId == contentItemId).OrderByDescending(v => v.Number).ToListAsync(ct);

    public async Task<T> CreateTranslationAsync(string contentItemId, string culture, string? user, CancellationToken ct = default)
    {
        var source = await RequireLatestAsync(contentItemId, ct);
        if (await Versions.AnyAsync(v => v.LocalizationSet == source.LocalizationSet && v.Culture == culture && v.Latest, ct))
        {
            throw new ContentOperationException("A translation in this language already exists.");
        }

        var translation = (T)source.CloneContent();
        translation.ContentItemId = NewId();
        translation.Culture = culture;
        translation.Owner = user;
        return await CreateAsync(translation, user, ct);
    }

    public async Task<IReadOnlyList<T>> GetLocalizationsAsync(string localizationSet, CancellationToken ct = default) =>
        await Versions.AsNoTracking().Where(v => v.LocalizationSet == localizationSet && v.Latest).OrderBy(v => v.Culture).ToListAsync(ct);

    private async Task<T> RequireLatestAsync(string contentItemId, CancellationToken ct) =>
        await GetLatestAsync(contentItemId, ct) ?? throw new ContentOperationException("The content item does not exist.");

    private async Task InTransactionAsync(Func<Task> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await work();
        await transaction.CommitAsync(ct);
    }

    private static string NewId() => Guid.NewGuid().ToString("N");

    private static string Describe(T item) => $"{typeof(T).Name}:{item.ContentItemId}#{item.Number}";
}
