namespace XinxingPortal.Abstractions.Workflow;

/// <summary>
/// A module's own part of a transition (issue a 索引号 on publishing, tell the poster, alert matching demands).
/// Runs inside the transition's transaction after the state has changed; it stages changes and never commits, and
/// throwing refuses the whole transition. Registered as a scoped service.
/// </summary>
public interface IWorkflowHandler<T> where T : class, IReviewable
{
    Task OnTransitionAsync(WorkflowTransition<T> transition, CancellationToken ct);
}
