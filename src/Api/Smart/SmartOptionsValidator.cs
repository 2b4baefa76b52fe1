namespace CdsService.Api.Smart;

using CdsService.Api.CdsHooks;
using Microsoft.Extensions.Options;

/// <summary>
/// Refuses to start with a SMART configuration that would send a browser or a token somewhere unsafe: every URL is
/// https (or http to loopback), each issuer is listed once and has a client id (docs/smart.md, "Configuration").
/// </summary>
public sealed class SmartOptionsValidator : IValidateOptions<SmartOptions>
{
    public ValidateOptionsResult Validate(string? name, SmartOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.Clients.Count > 0 && !SafeUrl.TryParse(options.RedirectUri, out _))
            errors.Add("Smart:RedirectUri must be an absolute https URL (http only to loopback) when Smart:Clients are configured.");
        for (var i = 0; i < options.Clients.Count; i++)
        {
            var client = options.Clients[i];
            if (!SafeUrl.TryParse(client.Issuer, out _))
                errors.Add($"Smart:Clients:{i}:Issuer must be an absolute https URL (http only to loopback).");
            if (string.IsNullOrWhiteSpace(client.ClientId))
                errors.Add($"Smart:Clients:{i}:ClientId is required.");
            if (string.IsNullOrWhiteSpace(client.Scopes))
                errors.Add($"Smart:Clients:{i}:Scopes must not be empty.");
        }

        var repeated = options.Clients.Where(c => SafeUrl.TryParse(c.Issuer, out _))
            .GroupBy(c => SafeUrl.Normalize(new Uri(c.Issuer)), StringComparer.Ordinal).Where(g => g.Count() > 1);
        errors.AddRange(repeated.Select(g => $"Smart:Clients lists the issuer {g.Key} more than once."));
        if (options.LaunchLifetime <= TimeSpan.Zero || options.EndpointTimeout <= TimeSpan.Zero || options.FhirDeadline <= TimeSpan.Zero)
            errors.Add("Smart:LaunchLifetime, Smart:EndpointTimeout and Smart:FhirDeadline must be positive.");
        if (options.MaxPendingLaunches < 1)
            errors.Add("Smart:MaxPendingLaunches must be at least 1.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
