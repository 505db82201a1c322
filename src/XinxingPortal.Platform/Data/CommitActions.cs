using XinxingPortal.Abstractions.Data;

namespace XinxingPortal.Platform.Data;

/// <summary>
/// Work outside the database that must follow this scope's database changes: it runs when they commit and is
/// abandoned (its staged leftovers removed) when they roll back or are never saved. The one mechanism behind the
/// private file store's staged writes and the recipe steps' <c>AfterCommit</c>.
/// </summary>
internal sealed class CommitActions : ICommitActions, IDisposable
{
    private readonly List<Func<Task>> committed = [];
    private readonly List<Action> abandoned = [];

    public CommitActions(PortalDbContext db, CommitInterceptor interceptor)
    {
        ArgumentNullException.ThrowIfNull(interceptor);
        interceptor.Watch(db, this);
    }

    /// <summary>Runs after the next commit of this scope's changes; a recipe step's <c>AfterCommit</c> adds here.</summary>
    public IList<Func<Task>> OnCommit => committed;

    /// <summary><paramref name="onCommit"/> after the next commit; <paramref name="onAbandon"/> if the changes never commit.</summary>
    public void Add(Func<Task> onCommit, Action onAbandon)
    {
        committed.Add(onCommit);
        abandoned.Add(onAbandon);
    }

    internal async Task CommittedAsync()
    {
        // An action may add more (a sub-step); run until none are left.
        while (committed.Count > 0)
        {
            var run = committed.ToList();
            committed.Clear();
            abandoned.Clear();
            foreach (var action in run)
            {
                await action();
            }
        }
    }

    internal void Abandon()
    {
        var run = abandoned.ToList();
        committed.Clear();
        abandoned.Clear();
        run.ForEach(a => a());
    }

    /// <summary>The scope ends: whatever did not commit by now never will.</summary>
    public void Dispose() => Abandon();
}
