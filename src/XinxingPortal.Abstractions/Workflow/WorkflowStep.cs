namespace XinxingPortal.Abstractions.Workflow;

/// <summary>A row of an item's review history: who did what, when, and what they said.</summary>
/// <param name="Action">A <see cref="WorkflowAction"/> name, or a module's own milestone recorded with <see cref="IWorkflow.Record"/>.</param>
public sealed record WorkflowStep(string Action, ReviewState? From, ReviewState? To, string By, DateTime AtUtc, string? Note);
