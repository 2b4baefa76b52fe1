namespace CdsService.Api.CdsHooks;

/// <summary>CDS Hooks configuration; the keys are the contract of docs/cds-hooks.md.</summary>
public sealed class CdsHooksOptions
{
    public const string SectionName = "CdsHooks";

    /// <summary>Public base URL up to, not including, /cds-services: every token's aud is this plus the path called.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Null means "not configured": true except in Development (docs/cds-hooks.md).</summary>
    public bool? RequireJwt { get; set; }

    public IList<TrustedClientOptions> TrustedClients { get; } = [];

    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>
    /// Service ids switched off (CdsHooks:DisabledServices:N): left out of discovery, which then may answer
    /// {"services":[]} (docs/cds-hooks.md D2), and answered 404 like an unknown id.
    /// </summary>
    public IList<string> DisabledServices { get; } = [];

    /// <summary>Budget for all outbound FHIR calls of one hook call (docs/cds-hooks.md F3: well under the hook's budget).</summary>
    public TimeSpan FhirDeadline { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Timeout of one outbound FHIR request (the HttpClient's); the shared <see cref="FhirDeadline"/> usually ends a
    /// slow call first (docs/operations.md, "Network deadlines").
    /// </summary>
    public TimeSpan FhirRequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of one JWKS fetch: a CDS Client whose keys cannot be read in time gets a 401 (docs/operations.md).</summary>
    public TimeSpan JwksTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// An unknown kid refetches a client's JWKS at most once per this interval, so key rotation works without letting
    /// forged kids hammer the client's key endpoint (docs/operations.md).
    /// </summary>
    public TimeSpan JwksUnknownKidRefetchInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Clock skew for exp/nbf (docs/cds-hooks.md J9): Epic's nbf sits minutes before iat, so skew stays small but non-zero.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(60);

    public bool IsEnabled(string serviceId) => !DisabledServices.Contains(serviceId, StringComparer.Ordinal);

    public bool JwtRequired(bool isDevelopment) => RequireJwt ?? !isDevelopment;
}
