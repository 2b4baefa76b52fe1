namespace CdsService.Api.Smart;

/// <summary>
/// The token response of one launch (SMART App Launch 2.x §Obtain access token): the access token and the patient in
/// context. It lives in memory for the callback request only and prints no token (docs/smart.md, "What is stored").
/// </summary>
public sealed class SmartToken(string accessToken, string patient, string scope, long expiresIn)
{
    public string AccessToken { get; } = accessToken;
    public string Patient { get; } = patient;
    public string Scope { get; } = scope;
    public long ExpiresIn { get; } = expiresIn;

    public override string ToString() => $"SmartToken {{ Scope = {Scope}, AccessToken = *** }}";
}
