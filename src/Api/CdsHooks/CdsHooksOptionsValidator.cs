namespace CdsService.Api.CdsHooks;

using Microsoft.Extensions.Options;

/// <summary>
/// Fails start-up on a configuration that would let a forged call or an SSRF through (docs/cds-hooks.md), or that
/// would answer every call with 401: JWT required but no audience base or no client to trust (docs/operations.md).
/// </summary>
public sealed class CdsHooksOptionsValidator(IHostEnvironment environment) : IValidateOptions<CdsHooksOptions>
{
    private static readonly TimeSpan MaxNetworkDeadline = TimeSpan.FromSeconds(120);

    public ValidateOptionsResult Validate(string? name, CdsHooksOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.JwtRequired(environment.IsDevelopment()) && CdsServiceCatalog.All.Any(s => options.IsEnabled(s.Id)))
        {
            if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
                errors.Add("CdsHooks:RequireJwt is in force but CdsHooks:PublicBaseUrl is not set: every CDS Hooks call would be refused (401). Set it to the base URL the EHR calls, e.g. https://cds.example.org.");
            if (options.TrustedClients.Count == 0)
                errors.Add("CdsHooks:RequireJwt is in force but no CdsHooks:TrustedClients are configured: every CDS Hooks call would be refused (401). Configure CdsHooks:TrustedClients:0:Issuer and :JwksUrl, or list every service in CdsHooks:DisabledServices.");
        }

        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            && (!SafeUrl.TryParse(options.PublicBaseUrl, out var publicBase) || publicBase.Query.Length > 0))
        {
            errors.Add("CdsHooks:PublicBaseUrl must be an absolute https URL without a query (the JWT audience base).");
        }

        for (var i = 0; i < options.TrustedClients.Count; i++)
        {
            var client = options.TrustedClients[i];
            if (string.IsNullOrWhiteSpace(client.Issuer))
            {
                errors.Add($"CdsHooks:TrustedClients:{i}:Issuer is required.");
            }

            if (!SafeUrl.TryParse(client.JwksUrl, out _))
            {
                errors.Add($"CdsHooks:TrustedClients:{i}:JwksUrl must be an absolute https URL.");
            }

            for (var j = 0; j < client.FhirServers.Count; j++)
            {
                if (!SafeUrl.TryParse(client.FhirServers[j], out _))
                {
                    errors.Add($"CdsHooks:TrustedClients:{i}:FhirServers:{j} must be an absolute https URL.");
                }
            }
        }

        if (options.TrustedClients.GroupBy(c => c.Issuer, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            errors.Add("CdsHooks:TrustedClients: each Issuer may appear once.");
        }

        // docs/cds-hooks.md X3: origins are listed explicitly; a wildcard would let any page drive the service.
        foreach (var origin in options.AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || origin.EndsWith('/'))
            {
                errors.Add($"CdsHooks:AllowedOrigins: '{origin}' is not an origin (scheme://host[:port]).");
            }
        }

        // The upper bound leaves room for slow test machines (docs/testing.md); production keeps the defaults.
        foreach (var (key, value) in new[] { ("FhirDeadline", options.FhirDeadline), ("FhirRequestTimeout", options.FhirRequestTimeout), ("JwksTimeout", options.JwksTimeout) })
        {
            if (value <= TimeSpan.Zero || value > MaxNetworkDeadline)
            {
                errors.Add($"CdsHooks:{key} must be more than 0 and at most {MaxNetworkDeadline.TotalSeconds} seconds.");
            }
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromSeconds(60))
        {
            errors.Add("CdsHooks:ClockSkew must be between 0 and 60 seconds.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
