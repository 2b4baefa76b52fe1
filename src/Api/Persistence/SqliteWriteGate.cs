namespace CdsService.Api.Persistence;

using Microsoft.Extensions.Options;

/// <summary>
/// Queues this process's SQLite writes one at a time, asynchronously, interactive writes first. SQLite has a single
/// writer: a second connection that tries gets SQLITE_BUSY, and Microsoft.Data.Sqlite then retries with Thread.Sleep
/// on a thread-pool thread until its timeout. Under load that sleeping was most of a hook call's time
/// (benchmarks/load/README.md), and a batch transaction held outside the queue made interactive calls wait out the
/// whole timeout and answer 503 (docs/security.md). Every SQLite write therefore goes through here: an interactive
/// request waits at most for the one write in progress, never for queued batch work. PostgreSQL writes concurrently
/// and never waits here.
/// </summary>
/// <remarks>
/// The turn is not re-entrant. A caller that opens a transaction holds the turn for all of it, and the stores it calls
/// inside skip the gate (they see <c>Database.CurrentTransaction</c>): see <see cref="EnterUnlessInTransactionAsync"/>.
/// </remarks>
public sealed class SqliteWriteGate(IOptions<DatabaseOptions> options)
{
    private readonly Lock _lock = new();
    private readonly LinkedList<TaskCompletionSource> _interactive = new();
    private readonly LinkedList<TaskCompletionSource> _background = new();
    private bool _held;

    /// <summary>Holds the write turn until disposed; a no-op on PostgreSQL.</summary>
    public ValueTask<Turn> EnterAsync(CancellationToken cancellationToken) => EnterAsync(WritePriority.Interactive, cancellationToken);

    /// <summary>Holds the write turn until disposed; waiting interactive writers always go before background ones.</summary>
    public async ValueTask<Turn> EnterAsync(WritePriority priority, CancellationToken cancellationToken)
    {
        if (options.Value.Provider != DatabaseProvider.Sqlite)
            return default;

        TaskCompletionSource waiter;
        LinkedListNode<TaskCompletionSource> node;
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                return new Turn(this);
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            node = (priority == WritePriority.Interactive ? _interactive : _background).AddLast(waiter);
        }

        using (cancellationToken.Register(() => Abandon(node)))
        {
            await waiter.Task;
        }

        return new Turn(this);
    }

    /// <summary>The turn for a store's own write, or none when its caller already holds it for an open transaction.</summary>
    public ValueTask<Turn> EnterUnlessInTransactionAsync(CdsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.CurrentTransaction is null ? EnterAsync(cancellationToken) : ValueTask.FromResult(default(Turn));
    }

    private void Abandon(LinkedListNode<TaskCompletionSource> node)
    {
        lock (_lock)
        {
            // Already handed the turn: the waiter owns it now and its caller disposes it as usual.
            if (node.List is null)
                return;
            node.List.Remove(node);
        }

        node.Value.TrySetCanceled();
    }

    private void Release()
    {
        TaskCompletionSource? next;
        lock (_lock)
        {
            var queue = _interactive.Count > 0 ? _interactive : _background.Count > 0 ? _background : null;
            if (queue is null)
            {
                _held = false;
                return;
            }

            next = queue.First!.Value;
            queue.RemoveFirst();
        }

        next.SetResult();
    }

    /// <summary>The held turn; releasing it lets the next queued writer in.</summary>
    public readonly struct Turn(SqliteWriteGate? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}

/// <summary>Interactive requests (an answer is waiting on the write) go before background work (batches, purges).</summary>
public enum WritePriority
{
    Interactive,
    Background,
}
