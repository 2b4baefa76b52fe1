namespace CdsService.Api.Security;

using System.Collections.Concurrent;

/// <summary>Single-replica replay store; the database store replaces it where persistence is configured.</summary>
public sealed class InMemoryJtiReplayStore(TimeProvider time) : IJtiReplayStore
{
    private readonly ConcurrentDictionary<(string Issuer, string Jti), DateTimeOffset> _seen = new();
    private long _calls;

    public Task<bool> TryRecordAsync(string issuer, string jti, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) % 1024 == 0)
        {
            Sweep();
        }

        return Task.FromResult(_seen.TryAdd((issuer, jti), expiresAt));
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var entry in _seen)
        {
            if (entry.Value < now)
            {
                _seen.TryRemove(entry.Key, out _);
            }
        }
    }
}
