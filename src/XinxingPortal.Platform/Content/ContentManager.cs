using XinxingPortal.Abstractions.Data;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.Platform.Data;

namespace XinxingPortal.Platform.Content;

/// <summary>
/// The generic life cycle of versioned content. Each operation is one action: one transaction, one commit (or part
/// of the caller's). Flags that could briefly break the one-latest/one-published indexes are cleared by an UPDATE in
/// that transaction before the new ones are saved. Publishing goes through the workflow.
/// </summary>
internal sealed class ContentManager<T>(PortalDbContext db, TimeProvider time, IAuditLog audit, IWorkflow workflow) : IContentManager<T>, IContentStaging<T>
    where T : ContentVersion, new()
{
    private DbSet<T> Versions => db.Set<T>();
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public Task<T> CreateAsync(T draft, string? user, CancellationToken ct = default) => db.CommitAsync(async () =>
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
    }, ct);

    public Task<T?> GetLatestAsync(string contentItemId, CancellationToken ct = default) =>
        Versions.FirstOrDefaultAsync(v => v.ContentItemId == contentItemId && v.Latest, ct);

    public Task<T?> GetPublishedAsync(string contentItemId, CancellationToken ct = default) =>
        Versions.FirstOrDefaultAsync(v => v.ContentItemId == contentItemId && v.Published, ct);

    public Task<T> SaveDraftAsync(string contentItemId, Action<T> edit, string? user, string? changeNote = null, CancellationToken ct = default) =>
        db.CommitAsync(async () =>
        {
            var latest = await RequireLatestAsync(contentItemId, ct);
            var draft = latest;
            if (latest.Published)
            {
                await Versions.Where(v => v.Id == latest.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.Latest, false), ct);
                db.Entry(latest).State = EntityState.Detached;
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
            return draft;
        }, ct);

    public async Task<T> PublishAsync(string contentItemId, string? user, CancellationToken ct = default)
    {
        var latest = await RequireLatestAsync(contentItemId, ct);
        return latest.Published ? latest : await workflow.RunAsync<T>(contentItemId, WorkflowAction.Publish, user ?? WorkflowUsers.Recipe, ct: ct);
    }

    public Task UnpublishAsync(string contentItemId, string reason, string? user, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ContentOperationException("A reason is required to unpublish.");
        }

        return db.CommitAsync(async () =>
        {
            var published = await GetPublishedAsync(contentItemId, ct) ?? throw new ContentOperationException("The item is not published.");
            var from = published.ReviewState;
            published.Published = false;
            published.UnpublishReason = reason.Trim();
            if (published.Latest)
            {
                published.ReviewState = ReviewState.Unpublished;
            }

            workflow.Record(typeof(T).Name, contentItemId, nameof(WorkflowAction.Unpublish), user ?? "", published.UnpublishReason);
            audit.Record("content.unpublish", Describe(published), reason);
            await db.SaveChangesAsync(ct);
            return from;
        }, ct);
    }

    public Task DiscardDraftAsync(string contentItemId, CancellationToken ct = default) => db.CommitAsync(async () =>
    {
        var latest = await RequireLatestAsync(contentItemId, ct);
        if (latest.Published)
        {
            throw new ContentOperationException("There is no draft to discard.");
        }

        var previous = await Versions.Where(v => v.ContentItemId == contentItemId && !v.Latest)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct)
            ?? throw new ContentOperationException("The item has no earlier version to return to.");
        await Versions.Where(v => v.Id == latest.Id).ExecuteDeleteAsync(ct);
        db.Entry(latest).State = EntityState.Detached;
        previous.Latest = true;
        audit.Record("content.discard-draft", Describe(latest));
        await db.SaveChangesAsync(ct);
        return previous;
    }, ct);

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

    public async Task<T> UpsertAsync(T wanted, Func<T, T, bool> same, Action<T, T> copy, bool? publish, string? changeNote = null, CancellationToken ct = default)
    {
        var id = wanted.ContentItemId;
        var existing = await GetLatestAsync(id, ct);
        if (existing is null)
        {
            existing = await CreateAsync(wanted, WorkflowUsers.Recipe, ct);
        }
        else if (!same(existing, wanted))
        {
            existing = await SaveDraftAsync(id, v => copy(wanted, v), WorkflowUsers.Recipe, changeNote, ct);
        }

        if (publish == true && !existing.Published)
        {
            existing = await PublishAsync(id, WorkflowUsers.Recipe, ct);
        }
        else if (publish == false && await GetPublishedAsync(id, ct) is not null)
        {
            await UnpublishAsync(id, "Unpublished by recipe", WorkflowUsers.Recipe, ct);
        }

        return existing;
    }

    public async Task<IReadOnlyList<T>> GetLocalizationsAsync(string localizationSet, CancellationToken ct = default) =>
        await Versions.AsNoTracking().Where(v => v.LocalizationSet == localizationSet && v.Latest).OrderBy(v => v.Culture).ToListAsync(ct);

    /// <summary>Publishing makes the latest version the public one; unpublishing or withdrawing it takes it offline.</summary>
    public async Task StageTransitionAsync(T latest, ReviewState to, string? note, CancellationToken ct)
    {
        if (to == ReviewState.Published)
        {
            await Versions.Where(v => v.ContentItemId == latest.ContentItemId && v.Published && v.Id != latest.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Published, false), ct);
            latest.Published = true;
            latest.PublishedUtc = Now;
            latest.UnpublishReason = null;
            audit.Record("content.publish", Describe(latest), latest.ChangeNote);
        }
        else if (to is ReviewState.Unpublished or ReviewState.Withdrawn && latest.Published)
        {
            latest.Published = false;
            latest.UnpublishReason = note;
        }
    }

    private async Task<T> RequireLatestAsync(string contentItemId, CancellationToken ct) =>
        await GetLatestAsync(contentItemId, ct) ?? throw new ContentOperationException("The content item does not exist.");

    private static string NewId() => Guid.NewGuid().ToString("N");

    private static string Describe(T item) => $"{typeof(T).Name}:{item.ContentItemId}#{item.Number}";
}
