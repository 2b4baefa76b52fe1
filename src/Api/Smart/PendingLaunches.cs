namespace CdsService.Api.Smart;

using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

/// <summary>
/// Launches between /app/launch and /app/callback, keyed by their state. A state is taken once (a replayed callback
/// finds nothing) and expires after Smart:LaunchLifetime. Held in this process's memory: a launch must come back to the
/// replica that started it (docs/smart.md, "What is stored").
/// </summary>
public sealed class PendingLaunches(IOptions<SmartOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, PendingLaunch> _launches = new(StringComparer.Ordinal);

    /// <summary>Keeps the launch and returns its new state, or null when too many launches are pending.</summary>
    public string? Add(SmartClientOptions client, SmartEndpointsDocument endpoints, string codeVerifier)
    {
        var now = time.GetUtcNow();
        if (_launches.Count >= options.Value.MaxPendingLaunches)
        {
            foreach (var (key, old) in _launches)
            {
                if (old.ExpiresAt <= now)
                    _launches.TryRemove(key, out _);
            }

            if (_launches.Count >= options.Value.MaxPendingLaunches)
                return null;
        }

        var state = Pkce.RandomText(32);
        _launches[state] = new PendingLaunch(client, endpoints, codeVerifier, now + options.Value.LaunchLifetime);
        return state;
    }

    /// <summary>The launch of <paramref name="state"/>, removed so that it can never be used again; null when unknown or expired.</summary>
    public PendingLaunch? Take(string? state) =>
        !string.IsNullOrEmpty(state) && _launches.TryRemove(state, out var launch) && launch.ExpiresAt > time.GetUtcNow() ? launch : null;
}
