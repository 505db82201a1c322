using XinxingPortal.Abstractions.Data;

namespace XinxingPortal.Abstractions.Workflow;

/// <summary>
/// What the kernel needs to know about one reviewed type: its name, how to find an item, who wrote it and how strict
/// review is. Content types get one from the kernel (declare their rules with <see cref="ContentReview{T}"/>);
/// other types (market listings) register their own as a scoped service.
/// </summary>
public interface IWorkflowType<T> where T : class, IReviewable
{
    /// <summary>The type's name in history, audit and the change feed, e.g. "PolicyDocument".</summary>
    string Name { get; }

    /// <summary>The reviewer may be neither the author nor the person who submitted it.</summary>
    bool FourEyes { get; }

    /// <summary>When true, <see cref="WorkflowAction.Publish"/> (no review) is for recipes only.</summary>
    bool RequiresReview { get; }

    /// <summary>The item as tracked by <paramref name="db"/>, or null.</summary>
    Task<T?> FindAsync(IPortalDb db, string id, CancellationToken ct);

    string? AuthorOf(T item);

    /// <summary>
    /// What a transition changes besides the state, staged in the transition's transaction. Content types move their
    /// published version here; types without versions have nothing to add.
    /// </summary>
    Task StageTransitionAsync(T item, ReviewState to, string? note, CancellationToken ct) => Task.CompletedTask;
}
