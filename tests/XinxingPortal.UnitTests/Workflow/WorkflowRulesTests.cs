using XinxingPortal.Abstractions.Workflow;

namespace XinxingPortal.UnitTests.Workflow;

public sealed class WorkflowRulesTests
{
    [Theory]
    [InlineData(WorkflowAction.Submit, ReviewState.Draft, ReviewState.InReview)]
    [InlineData(WorkflowAction.Submit, ReviewState.Returned, ReviewState.InReview)]
    [InlineData(WorkflowAction.Submit, ReviewState.Withdrawn, ReviewState.InReview)]
    [InlineData(WorkflowAction.Approve, ReviewState.InReview, ReviewState.Published)]
    [InlineData(WorkflowAction.Return, ReviewState.InReview, ReviewState.Returned)]
    [InlineData(WorkflowAction.Reject, ReviewState.InReview, ReviewState.Rejected)]
    [InlineData(WorkflowAction.Publish, ReviewState.Draft, ReviewState.Published)]
    [InlineData(WorkflowAction.Unpublish, ReviewState.Published, ReviewState.Unpublished)]
    [InlineData(WorkflowAction.Withdraw, ReviewState.Published, ReviewState.Withdrawn)]
    public void An_allowed_action_leads_where_the_state_machine_says(WorkflowAction action, ReviewState from, ReviewState to)
    {
        Assert.True(WorkflowRules.Allows(action, from));
        Assert.Equal(to, WorkflowRules.To(action));
    }

    [Theory]
    [InlineData(WorkflowAction.Approve, ReviewState.Draft)]
    [InlineData(WorkflowAction.Approve, ReviewState.Published)]
    [InlineData(WorkflowAction.Return, ReviewState.Returned)]
    [InlineData(WorkflowAction.Reject, ReviewState.Published)]
    [InlineData(WorkflowAction.Submit, ReviewState.InReview)]
    [InlineData(WorkflowAction.Submit, ReviewState.Rejected)]
    [InlineData(WorkflowAction.Publish, ReviewState.Rejected)]
    [InlineData(WorkflowAction.Unpublish, ReviewState.Draft)]
    [InlineData(WorkflowAction.Withdraw, ReviewState.Rejected)]
    public void A_rejected_item_is_final_and_decisions_need_an_item_in_review(WorkflowAction action, ReviewState from) =>
        Assert.False(WorkflowRules.Allows(action, from));

    [Fact]
    public void Returning_rejecting_unpublishing_and_withdrawing_need_a_note()
    {
        var needing = Enum.GetValues<WorkflowAction>().Where(WorkflowRules.NeedsNote).ToHashSet();
        Assert.Equal([WorkflowAction.Return, WorkflowAction.Reject, WorkflowAction.Unpublish, WorkflowAction.Withdraw], needing.OrderBy(a => a));
    }
}
