namespace CdsService.Api.Auth;

/// <summary>Endpoint metadata naming the scopes of which a caller needs one; read by the OpenAPI description.</summary>
public sealed record RequiredScopes(IReadOnlyList<string> AnyOf);
