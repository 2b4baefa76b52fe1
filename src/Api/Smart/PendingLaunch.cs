namespace CdsService.Api.Smart;

/// <summary>What /app/callback needs from /app/launch: kept server-side under the state value, never in the browser.</summary>
public sealed record PendingLaunch(SmartClientOptions Client, SmartEndpointsDocument Endpoints, string CodeVerifier, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"PendingLaunch {{ Issuer = {Client.Issuer}, ExpiresAt = {ExpiresAt:O}, CodeVerifier = *** }}";
}
