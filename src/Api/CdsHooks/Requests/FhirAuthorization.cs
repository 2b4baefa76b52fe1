namespace CdsService.Api.CdsHooks.Requests;

/// <summary>
/// CDS Hooks 2.0 §Passing the Access Token. The token "SHALL be treated as a transient value": it lives in this
/// object for one call and <see cref="ToString"/> never prints it (docs/cds-hooks.md R4, J8).
/// </summary>
public sealed class FhirAuthorization(string accessToken, string scope, string subject, long expiresIn, string? patient)
{
    public string AccessToken { get; } = accessToken;
    public string Scope { get; } = scope;
    public string Subject { get; } = subject;
    public long ExpiresIn { get; } = expiresIn;
    public string? Patient { get; } = patient;

    public override string ToString() => $"FhirAuthorization {{ Subject = {Subject}, Scope = {Scope}, AccessToken = *** }}";
}
