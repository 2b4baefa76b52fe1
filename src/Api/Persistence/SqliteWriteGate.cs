namespace CdsService.Api.Persistence;

using Microsoft.Extensions.Options;

/// <summary>
/// Queues this process's SQLite writes one at a time, asynchronously. SQLite has a single writer: a second connection
/// that tries gets SQLITE_BUSY, and Microsoft.Data.Sqlite then retries with Thread.Sleep on a thread-pool thread. Under
/// load that sleeping was most of a hook call's time (p99 300-600 ms, benchmarks/load/README.md); waiting here costs
/// no thread. PostgreSQL writes concurrently and never waits here.
/// </summary>
public sealed class SqliteWriteGate(IOptions<DatabaseOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>Holds the write turn until disposed; a no-op on PostgreSQL.</summary>
    public async ValueTask<Turn> EnterAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Provider != DatabaseProvider.Sqlite)
        {
            return default;
        }

        await _writer.WaitAsync(cancellationToken);
        return new Turn(_writer);
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>The held turn; releasing it lets the next queued writer in.</summary>
    public readonly struct Turn(SemaphoreSlim? writer) : IDisposable
    {
        public void Dispose() => writer?.Release();
    }
}
