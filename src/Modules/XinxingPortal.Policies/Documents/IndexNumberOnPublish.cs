using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.Policies.Data;

namespace XinxingPortal.Policies.Documents;

/// <summary>A document gets its 索引号 when it is first published, in the same transaction as the publishing.</summary>
internal sealed class IndexNumberOnPublish(IndexNumberIssuer indexNumbers) : IWorkflowHandler<PolicyDocument>
{
    public Task OnTransitionAsync(WorkflowTransition<PolicyDocument> transition, CancellationToken ct) =>
        transition.To == ReviewState.Published
            ? indexNumbers.StageAsync(transition.Item.LocalizationSet, null, null, ct)
            : Task.CompletedTask;
}
