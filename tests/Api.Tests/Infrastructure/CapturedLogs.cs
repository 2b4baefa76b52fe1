namespace CdsService.Api.Tests.Infrastructure;

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

/// <summary>Every log line a host writes, kept in memory so a test can check what an operator would read.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();
    private readonly ConcurrentQueue<(Func<Entry, bool> Match, TaskCompletionSource<Entry> Found)> _waiters = new();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    /// <summary>The first entry that matches, now or when it is written; bounded by the test's cancellation token.</summary>
    public Task<Entry> WaitForAsync(Func<Entry, bool> match, CancellationToken cancellationToken)
    {
        var found = new TaskCompletionSource<Entry>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Enqueue((match, found));
        if (_entries.FirstOrDefault(match) is { } already)
            found.TrySetResult(already);
        return found.Task.WaitAsync(cancellationToken);
    }

    private void Add(Entry entry)
    {
        _entries.Enqueue(entry);
        foreach (var (match, found) in _waiters)
        {
            if (match(entry))
                found.TrySetResult(entry);
        }
    }

    public void Dispose()
    {
    }

    public sealed record Entry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception);

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Add(new Entry(category, logLevel, eventId, formatter(state, exception), exception));
    }
}
