namespace CdsService.Api.CdsHooks;

/// <summary>CDS Hooks configuration; the keys are the contract of DESIGN.md section 7.</summary>
public sealed class CdsHooksOptions
{
    public const string SectionName = "CdsHooks";

    /// <summary>Public base URL up to, not including, /cds-services: every token's aud is this plus the path called.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Null means "not configured": true except in Development (DESIGN.md section 7).</summary>
    public bool? RequireJwt { get; set; }

    public IList<TrustedClientOptions> TrustedClients { get; } = [];

    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Budget for all outbound FHIR calls of one hook call (checklist F3: well under the hook's budget).</summary>
    public TimeSpan FhirDeadline { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Clock skew for exp/nbf (checklist J9): Epic's nbf sits minutes before iat, so skew stays small but non-zero.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(60);

    public bool JwtRequired(bool isDevelopment) => RequireJwt ?? !isDevelopment;
}
