using XinxingPortal.Abstractions.Workflow;

namespace XinxingPortal.Abstractions.Content;

/// <summary>The model of the shared admin view <c>ContentHistory</c>: every version of an item and its review steps.</summary>
public sealed record ContentHistoryPage(string Title, IReadOnlyList<ContentVersion> Versions, IReadOnlyList<WorkflowStep> Steps);
