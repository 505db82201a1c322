namespace XinxingPortal.Abstractions.Content;

/// <summary>The life of a content item: draft, publish, unpublish, discard, history and translation.</summary>
public interface IContentManager<T> where T : ContentVersion, new()
{
    Task<T> CreateAsync(T draft, string? user, CancellationToken ct = default);
    Task<T?> GetLatestAsync(string contentItemId, CancellationToken ct = default);
    Task<T?> GetPublishedAsync(string contentItemId, CancellationToken ct = default);

    /// <summary>Edits the draft; when the latest version is published, the edit starts a new version.</summary>
    Task<T> SaveDraftAsync(string contentItemId, Action<T> edit, string? user, string? changeNote = null, CancellationToken ct = default);

    Task<T> PublishAsync(string contentItemId, string? user, CancellationToken ct = default);
    Task UnpublishAsync(string contentItemId, string reason, string? user, CancellationToken ct = default);
    Task DiscardDraftAsync(string contentItemId, CancellationToken ct = default);
    Task<IReadOnlyList<T>> GetHistoryAsync(string contentItemId, CancellationToken ct = default);
    Task<T> CreateTranslationAsync(string contentItemId, string culture, string? user, CancellationToken ct = default);

    /// <summary>
    /// For recipes: creates <paramref name="wanted"/> (its ContentItemId set), or saves a draft with <paramref name="copy"/>
    /// when <paramref name="same"/> says the latest version differs, so a second run writes nothing; then publishes
    /// (true) or unpublishes (false) it, or leaves that alone (null). Acts as <see cref="Workflow.WorkflowUsers.Recipe"/>.
    /// </summary>
    Task<T> UpsertAsync(T wanted, Func<T, T, bool> same, Action<T, T> copy, bool? publish, string? changeNote = null, CancellationToken ct = default);

    /// <summary>The latest versions of every item in a localization set, one per culture.</summary>
    Task<IReadOnlyList<T>> GetLocalizationsAsync(string localizationSet, CancellationToken ct = default);
}
