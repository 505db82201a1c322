using XinxingPortal.Abstractions.Workflow;

namespace XinxingPortal.Platform.Content;

/// <summary>The content manager's part of a workflow transition: which version is public afterwards.</summary>
internal interface IContentStaging<in T>
{
    Task StageTransitionAsync(T latest, ReviewState to, string? note, CancellationToken ct);
}
