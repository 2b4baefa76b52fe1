namespace CdsService.Api.Persistence.Replay;

/// <summary>A JWT id already accepted, kept until its token expires; shared by every replica through the database.</summary>
public sealed class JwtReplayEntry
{
    public required string Jti { get; init; }
    public required DateTimeOffset ExpiresAt { get; set; }
}
