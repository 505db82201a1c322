namespace XinxingPortal.Abstractions.Workflow;

/// <summary>One transition, as handed to the type's own rules while it is being made.</summary>
public sealed record WorkflowTransition<T>(string ItemId, T Item, WorkflowAction Action, ReviewState From, ReviewState To, string User, string? Note);
