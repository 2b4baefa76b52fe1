namespace CdsService.Api.Tests.Infrastructure;

using Microsoft.AspNetCore.Hosting;

/// <summary>
/// A CDS Hooks configuration a production host accepts (public base URL and one trusted client) for tests of other
/// channels: without one, a non-Development host refuses to start. Nothing here is ever called.
/// </summary>
public static class ProductionCdsHooks
{
    public static void Configure(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("CdsHooks:PublicBaseUrl", "https://cds.example.org");
        builder.UseSetting("CdsHooks:TrustedClients:0:Issuer", "https://ehr.example.org");
        builder.UseSetting("CdsHooks:TrustedClients:0:JwksUrl", "https://ehr.example.org/.well-known/jwks.json");
    }
}
