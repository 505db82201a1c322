namespace XinxingPortal.Abstractions.Data;

/// <summary>
/// Work outside the database that must follow this scope's database changes, such as files written beside a row:
/// <c>onCommit</c> runs once the changes commit, <c>onAbandon</c> when they roll back or are never saved (the scope
/// ends first). A service stages both with its change; the action that commits decides which one runs.
/// </summary>
public interface ICommitActions
{
    void Add(Func<Task> onCommit, Action onAbandon);
}
