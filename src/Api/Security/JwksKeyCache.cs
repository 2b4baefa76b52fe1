namespace CdsService.Api.Security;

using System.Collections.Concurrent;
using CdsService.Api.CdsHooks;
using CdsService.Api.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

/// <summary>
/// Signing keys per allowlisted JWKS URL. Keys are cached; an unknown kid triggers one refetch, at most one per
/// CdsHooks:JwksUnknownKidRefetchInterval (10 s) per URL, so key rotation works without letting forged kids hammer the client
/// (CDS Hooks 2.0 §Trusting CDS Clients: "jku ... SHOULD be used for key rotation"; docs/cds-hooks.md J6).
/// </summary>
public sealed partial class JwksKeyCache(
    IHttpClientFactory httpClientFactory, TimeProvider time, IOptions<CdsHooksOptions> options, CdsMetrics metrics, ILogger<JwksKeyCache> logger) : IDisposable
{
    public const string HttpClientName = "CdsHooks.Jwks";
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan FailureRetryInterval = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    // One fetch at a time per JWKS URL (one per trusted client): a slow or unreachable client's JWKS must not hold up
    // the token checks of the others.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _fetchLocks = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<SecurityKey>> GetKeysAsync(Uri jwksUrl, string kid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jwksUrl);
        var key = jwksUrl.AbsoluteUri;
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && now - entry.FetchedAt < CacheLifetime)
        {
            var matching = Match(entry.Keys, kid);
            if (matching.Count > 0 || now - entry.LastUnknownKidRefetch < options.Value.JwksUnknownKidRefetchInterval)
            {
                metrics.JwksLookup("hit");
                return matching;
            }

            return Match(await RefreshAsync(jwksUrl, entry, unknownKid: true, cancellationToken), kid);
        }

        return Match(await RefreshAsync(jwksUrl, entry, unknownKid: false, cancellationToken), kid);
    }

    private async Task<IReadOnlyList<SecurityKey>> RefreshAsync(Uri jwksUrl, Entry? seen, bool unknownKid, CancellationToken cancellationToken)
    {
        var fetchLock = _fetchLocks.GetOrAdd(jwksUrl.AbsoluteUri, static _ => new SemaphoreSlim(1, 1));
        await fetchLock.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            _entries.TryGetValue(jwksUrl.AbsoluteUri, out var current);
            if (current is not null && !ReferenceEquals(current, seen) && now - current.FetchedAt < CacheLifetime)
            {
                return current.Keys;
            }

            var keys = await FetchAsync(jwksUrl, cancellationToken);
            var lastUnknown = unknownKid ? now : current?.LastUnknownKidRefetch ?? DateTimeOffset.MinValue;

            // A failed fetch keeps the keys we had and is retried after a few seconds, not after the full lifetime.
            var fetchedAt = keys is null ? now - CacheLifetime + FailureRetryInterval : now;
            _entries[jwksUrl.AbsoluteUri] = new Entry(keys ?? current?.Keys ?? [], fetchedAt, lastUnknown);
            return keys ?? current?.Keys ?? [];
        }
        finally
        {
            fetchLock.Release();
        }
    }

    private async Task<IReadOnlyList<SecurityKey>?> FetchAsync(Uri jwksUrl, CancellationToken cancellationToken)
    {
        try
        {
            var client = httpClientFactory.CreateClient(HttpClientName);
            var json = await client.GetStringAsync(jwksUrl, cancellationToken);
            var keys = new JsonWebKeySet(json).GetSigningKeys().ToArray();
            metrics.JwksLookup("fetch");
            return keys;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or ArgumentException or InvalidOperationException)
        {
            metrics.JwksLookup("fetch-failed");
            LogJwksFetchFailed(logger, jwksUrl.Host, ex.GetType().Name);
            return null;
        }
    }

    public void Dispose()
    {
        foreach (var fetchLock in _fetchLocks.Values)
            fetchLock.Dispose();
    }

    private static List<SecurityKey> Match(IReadOnlyList<SecurityKey> keys, string kid) =>
        keys.Where(k => string.Equals(k.KeyId, kid, StringComparison.Ordinal)).ToList();

    [LoggerMessage(Level = LogLevel.Warning, Message = "JWKS fetch from {Host} failed: {Error}")]
    private static partial void LogJwksFetchFailed(ILogger logger, string host, string error);

    private sealed record Entry(IReadOnlyList<SecurityKey> Keys, DateTimeOffset FetchedAt, DateTimeOffset LastUnknownKidRefetch);
}
