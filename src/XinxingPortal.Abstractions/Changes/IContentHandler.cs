namespace XinxingPortal.Abstractions.Changes;

/// <summary>
/// Reacts to content changes inside the save that makes them (Orchard's content handlers): it may stage more changes,
/// which commit with it, or throw to refuse the whole action. Slow or outside work belongs in an
/// <see cref="IChangeFeedConsumer"/> instead. Registered as a scoped service.
/// </summary>
public interface IContentHandler
{
    Task HandleAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct);
}
