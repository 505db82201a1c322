namespace XinxingPortal.Abstractions.Workflow;

public static class WorkflowUsers
{
    /// <summary>The name recipes act under: the bureau's own seed content, published without review.</summary>
    public const string Recipe = "recipe";
}
