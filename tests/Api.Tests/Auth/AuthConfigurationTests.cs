namespace CdsService.Api.Tests.Auth;

using CdsService.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

/// <summary>A production host with auth required but no way to authenticate would lock everyone out: it must not start.</summary>
public sealed class AuthConfigurationTests
{
    [Fact]
    public void Startup_AuthRequiredWithNoKeyAndNoAuthority_RefusesToStart()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Auth:Required", "true");
            b.UseSetting("ConnectionStrings:Cds", $"Data Source={Path.Combine(Path.GetTempPath(), $"cds-auth-cfg-{Guid.NewGuid():N}.db")}");
            ProductionCdsHooks.Configure(b);
            b.UseSetting("Telemetry:PrometheusPort", "0");
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("neither Auth:Jwt:Authority nor Auth:ApiKeys", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_ApiKeyWithoutAHash_RefusesToStart()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Auth:ApiKeys:0:Name", "script");
            b.UseSetting("Auth:ApiKeys:0:Sha256", "plaintext-key");
            b.UseSetting("ConnectionStrings:Cds", $"Data Source={Path.Combine(Path.GetTempPath(), $"cds-auth-cfg-{Guid.NewGuid():N}.db")}");
            ProductionCdsHooks.Configure(b);
            b.UseSetting("Telemetry:PrometheusPort", "0");
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("64-character hex Sha256", error.Message, StringComparison.Ordinal);
    }
}
