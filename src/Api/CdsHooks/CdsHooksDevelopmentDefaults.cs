namespace CdsService.Api.CdsHooks;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

/// <summary>
/// In Development only, trust the public CDS Hooks sandbox: its private key is published, so its tokens prove
/// nothing and must never be trusted elsewhere (docs/cds-hooks.md J10, X4).
/// </summary>
public sealed class CdsHooksDevelopmentDefaults(IHostEnvironment environment) : IPostConfigureOptions<CdsHooksOptions>
{
    public const string SandboxIssuer = "https://sandbox.cds-hooks.org";
    public const string SandboxJwks = "https://sandbox.cds-hooks.org/.well-known/jwks.json";

    public void PostConfigure(string? name, CdsHooksOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!environment.IsDevelopment())
        {
            return;
        }

        if (!options.TrustedClients.Any(c => c.Issuer == SandboxIssuer))
        {
            options.TrustedClients.Add(new TrustedClientOptions { Issuer = SandboxIssuer, JwksUrl = SandboxJwks });
        }

        if (!options.AllowedOrigins.Contains(SandboxIssuer))
        {
            options.AllowedOrigins.Add(SandboxIssuer);
        }
    }
}
