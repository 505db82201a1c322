namespace XinxingPortal.Abstractions.Workflow;

/// <summary>The model of the shared <c>_WorkflowHistory</c> partial. Posters see what happened, staff also who did it.</summary>
public sealed record WorkflowHistoryList(IReadOnlyList<WorkflowStep> Steps, bool ShowWho);
