namespace CdsService.Api.RateLimits;

/// <summary>
/// Security:RateLimits (docs/security.md, "Rate limits"). The defaults are far above what a clinic sends and far below
/// what a guesser or a flood sends; a policy with Enabled=false or PermitLimit=0 is off.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Security:RateLimits";

    /// <summary>/api/v1 and /fhir, per authenticated caller (API-key name, token subject or client).</summary>
    public RateLimitPolicy PerCaller { get; set; } = new() { PermitLimit = 600 };

    /// <summary>Requests whose API key or bearer token was refused, per client IP: bounds credential guessing.</summary>
    public RateLimitPolicy FailedAuth { get; set; } = new() { PermitLimit = 60 };

    /// <summary>/cds-services, per client IP: the JWT is verified by the endpoint, after this limit.</summary>
    public RateLimitPolicy CdsHooks { get; set; } = new() { PermitLimit = 600 };

    /// <summary>Requests without credentials (health checks, Swagger, discovery, report links), per client IP.</summary>
    public RateLimitPolicy Anonymous { get; set; } = new() { PermitLimit = 300 };

    /// <summary>How long a /health/ready answer is reused, so probes cannot hammer the database; zero runs every probe.</summary>
    public TimeSpan ReadinessCache { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>A fixed window: <see cref="PermitLimit"/> requests per <see cref="Window"/>.</summary>
public sealed class RateLimitPolicy
{
    public bool Enabled { get; set; } = true;

    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsOn => Enabled && PermitLimit > 0 && Window > TimeSpan.Zero;
}
