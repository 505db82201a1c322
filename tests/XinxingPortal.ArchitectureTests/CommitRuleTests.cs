namespace XinxingPortal.ArchitectureTests;

/// <summary>
/// One commit per action: services stage their changes, and only an action commits them, or opens the transaction
/// that writes which cannot be staged must share. In a module an action is a controller action, a recipe step
/// (which flushes inside the recipe's one transaction) or a periodic tenant job (ITenantJob, the kernel's worker runs
/// it as a request runs an action); the kernel's workflow commits a transition itself.
/// </summary>
public sealed class CommitRuleTests
{
    private static readonly string[] Commits = ["SaveChangesAsync(", "BeginTransactionAsync(", ".CommitAsync("];

    [Fact]
    public void Modules_commit_only_in_their_actions()
    {
        var found = SourceTree.Find(SourceTree.FilesUnder("src/Modules").Where(f => f.EndsWith(".cs", StringComparison.Ordinal)), Commits)
            .Where(line => !IsAction(line[..line.IndexOf(':', StringComparison.Ordinal)]))
            .ToList();
        Assert.True(found.Count == 0, "Stage the change and let the action commit it:\n" + string.Join('\n', found));
    }

    [Fact]
    public void The_rule_sees_a_commit_in_a_service()
    {
        // The check above would pass vacuously if it read no files or matched nothing; a desk that commits must be seen.
        var desk = Path.Combine(Path.GetTempPath(), "XpDesk" + Guid.NewGuid().ToString("N") + ".cs");
        File.WriteAllText(desk, "await db.SaveChangesAsync(ct);");
        try
        {
            Assert.Single(SourceTree.Find([desk], Commits));
            Assert.False(IsAction(desk));
        }
        finally
        {
            File.Delete(desk);
        }
    }

    private static bool IsAction(string path) =>
        path.EndsWith("Controller.cs", StringComparison.Ordinal) || path.EndsWith("Step.cs", StringComparison.Ordinal) || path.EndsWith("Job.cs", StringComparison.Ordinal);
}
